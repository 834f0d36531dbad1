package vn.motcua.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.motcua.MotCuaProperties;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureCatalog;

/**
 * The groups of the national service-quality index (Decision 766/QĐ-TTg of 23/06/2022) as far as our
 * records allow. Formulas and thresholds follow the Cổng DVCQG calculation description ("Mô tả công
 * thức tính chỉ số 766"); where our records lack the inputs, the figure is null ("no data").
 */
@Component
public class ServiceQuality {

    private final KpiFigures figures;
    private final ProcedureCatalog catalog;
    private final MotCuaProperties motcua;

    ServiceQuality(KpiFigures figures, ProcedureCatalog catalog, MotCuaProperties motcua) {
        this.figures = figures;
        this.catalog = catalog;
        this.motcua = motcua;
    }

    /** A group of the index: its points are only given when every component could be computed. */
    public record Group(String code, String name, int maxPoints, BigDecimal points, List<Item> items) {
    }

    /**
     * @param threshold  the value from which the item earns its full points, e.g. {@code >= 80%}
     * @param maxPoints  null where our sources do not give the item's own points
     */
    public record Item(String code, String name, BigDecimal value, Long numerator, Long denominator, String threshold,
                       BigDecimal maxPoints, BigDecimal points, String note) {
    }

    public List<Group> groups(Period period, Slice slice) {
        Map<Counter, Long> c = figures.counts(period, slice);
        long online = figures.counts(period, new Slice(slice.unit(), slice.procedure(), slice.field(), "ONLINE"))
                .get(Counter.RECEIVED);
        long resolved = c.get(Counter.RESOLVED);
        long onTime = c.get(Counter.EARLY) + c.get(Counter.ON_TIME);
        BigDecimal onTimeRate = Ratio.percent(onTime, resolved);
        BigDecimal digitized = Ratio.percent(c.get(Counter.DIGITIZED), resolved);
        BigDecimal averageDays = resolved == 0 ? null : BigDecimal.valueOf(c.get(Counter.RESOLUTION_MINUTES))
                .divide(BigDecimal.valueOf(resolved * 24 * 60), 2, RoundingMode.HALF_UP);
        BigDecimal lateShare = Ratio.percent(c.get(Counter.LATE), resolved);

        Item ontime = new Item("2.1", "Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn", onTimeRate, onTime, resolved,
                "tỷ lệ × 20 điểm", BigDecimal.valueOf(20), scaled(onTimeRate, BigDecimal.valueOf(100), 20),
                "Điểm tỷ lệ thuận với tỷ lệ đúng hạn (giả định, xem docs/kpi.md)");
        Item average = new Item("2.2", "Thời gian giải quyết trung bình (ngày, tính theo lịch)", averageDays, null, null,
                null, null, null, "Chỉ để theo dõi; không tính điểm riêng");
        Item onlineShare = new Item("3.3", "Tỷ lệ hồ sơ nộp trực tuyến", Ratio.percent(online, c.get(Counter.RECEIVED)),
                online, c.get(Counter.RECEIVED), ">= 50%", null, null, "Nguồn chưa nêu điểm riêng của chỉ số này");
        List<Procedure> procedures = catalog.inForceAt(period.to().plusDays(1).atStartOfDay(motcua.zone()).toInstant())
                .stream().filter(slice::covers).toList();
        // Every procedure of our catalogue is a commune-level one; a procedure offered online at either level counts once.
        long offeredOnline = procedures.stream().filter(procedure -> procedure.onlineService() != null).count();
        Item services = new Item("3.1", "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến",
                Ratio.percent(offeredOnline, procedures.size()), offeredOnline, (long) procedures.size(), ">= 80%", null,
                null, "Thủ tục có dịch vụ công trực tuyến một phần hoặc toàn trình trên số thủ tục trong danh mục cuối kỳ; "
                        + "nguồn chỉ nêu 12 điểm cho cả nhóm, chưa rõ điểm riêng của chỉ số này");
        Item payment = new Item("3.5", "Tỷ lệ TTHC có phí, lệ phí tích hợp thanh toán trực tuyến", null, null, null,
                ">= 80%", BigDecimal.valueOf(10), null, "Chưa có thanh toán trực tuyến");
        Item electronicResult = new Item("4.1", "Tỷ lệ hồ sơ có cấp kết quả điện tử",
                Ratio.percent(c.get(Counter.RESULT_ELECTRONIC), resolved), c.get(Counter.RESULT_ELECTRONIC), resolved,
                null, null, null, "Nguồn chưa nêu điểm riêng của chỉ số này");
        Item digitization = new Item("4.2", "Tỷ lệ hồ sơ thực hiện số hóa", digitized, c.get(Counter.DIGITIZED),
                resolved, ">= 80%", null, null, "Có số hóa thành phần hồ sơ và có kết quả điện tử; 22 điểm là của cả "
                        + "nhóm, nguồn chưa nêu điểm riêng của chỉ số này");
        Item reuse = new Item("4.3", "Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa",
                Ratio.percent(c.get(Counter.PAPERS_REUSED), resolved), c.get(Counter.PAPERS_REUSED), resolved, ">= 80%",
                null, null, "Có ít nhất một thành phần hồ sơ dùng lại; nguồn chưa nêu điểm riêng");
        BigDecimal dislikedShare = Ratio.percent(c.get(Counter.RATED) - c.get(Counter.RATING_SATISFIED),
                c.get(Counter.RATED));
        Item satisfaction = new Item("5.4", "Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC", null, null, null,
                ">= 90%", BigDecimal.valueOf(6), null, "Tỷ lệ hồ sơ quá hạn: " + (lateShare == null ? "chưa có" : lateShare + "%")
                + "; tỷ lệ đánh giá không hài lòng: " + (dislikedShare == null ? "chưa có" : dislikedShare + "%")
                + "; chưa ghi nhận phản ánh, kiến nghị gắn với hồ sơ nên chưa tính được");
        return List.of(
                new Group("1", "Công khai, minh bạch", 18, null, List.of(new Item("1.1–1.4",
                        "Công bố, công khai TTHC và đồng bộ hồ sơ lên Cổng DVCQG", null, null, null, null,
                        BigDecimal.valueOf(18), null, "Việc công bố thủ tục và đồng bộ không thực hiện trên hệ thống này"))),
                new Group("2", "Tiến độ, kết quả giải quyết", 20, ontime.points(), List.of(ontime, average)),
                new Group("3", "Cung cấp dịch vụ công trực tuyến", 22, null, List.of(services, onlineShare, payment)),
                new Group("4", "Số hóa hồ sơ", 22, null, List.of(electronicResult, digitization, reuse)),
                new Group("5", "Mức độ hài lòng", 18, null, List.of(satisfaction)));
    }

    /** Full points from {@code full} percent up, proportionally below it. */
    private static BigDecimal scaled(BigDecimal value, BigDecimal full, int maxPoints) {
        if (value == null) {
            return null;
        }
        BigDecimal share = value.min(full).divide(full, 6, RoundingMode.HALF_UP);
        return share.multiply(BigDecimal.valueOf(maxPoints)).setScale(2, RoundingMode.HALF_UP);
    }
}
