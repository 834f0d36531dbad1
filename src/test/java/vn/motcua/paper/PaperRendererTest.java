package vn.motcua.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PaperRendererTest {

    /** One renderer for all tests, as in the application: it holds the fonts and the compiled templates. */
    private static final PaperRenderer RENDERER = new PaperRenderer();

    private static final float A4_SHORT = PDRectangle.A4.getWidth();
    private static final float A4_LONG = PDRectangle.A4.getHeight();
    private static final Offset<Float> POINT = Offset.offset(1f);

    /** The samples rendered once each: rendering is the slow part, reading the PDF back is cheap. */
    private static final Map<OfficialForm, RenderedPdf> SAMPLES = new ConcurrentHashMap<>();

    private static RenderedPdf render(OfficialPaper paper) {
        return new RenderedPdf(RENDERER.render(paper));
    }

    private static RenderedPdf sample(OfficialPaper paper) {
        return SAMPLES.computeIfAbsent(paper.form(), form -> render(paper));
    }

    private static Stream<OfficialPaper> samples() {
        return Stream.of(Samples.receipt(), Samples.supplementRequest(), Samples.refusal(), Samples.apology(),
                Samples.stopNotice(), Samples.controlSlip(), Samples.ledger());
    }

    /** The samples named "Mẫu 01 …" in the test report instead of by their whole content. */
    static Stream<Named<OfficialPaper>> everyForm() {
        return samples().map(paper -> Named.of("Mẫu " + paper.form().number() + " " + paper.form().title(), paper));
    }

    @Nested
    class EveryForm {

        @Test
        void theSamplesCoverEachFormOnce() {
            assertThat(samples().map(OfficialPaper::form)).containsExactlyInAnyOrder(OfficialForm.values());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("vn.motcua.paper.PaperRendererTest#everyForm")
        void hasTheOfficialHeadingsAndTheTitleInCapitals(OfficialPaper paper) {
            String text = sample(paper).text();

            assertThat(text)
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains("Độc lập - Tự do - Hạnh phúc")
                    .contains(paper.form().title().toUpperCase(Locale.ROOT))
                    .contains("Số: ")
                    .contains("/" + paper.form().numberSuffix() + "-");
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("vn.motcua.paper.PaperRendererTest#everyForm")
        void embedsEveryFontItUses(OfficialPaper paper) {
            List<RenderedPdf.Font> fonts = sample(paper).fonts();

            assertThat(fonts).isNotEmpty();
            assertThat(fonts).allSatisfy(font -> {
                assertThat(font.embedded()).as("%s embedded", font.name()).isTrue();
                assertThat(font.name()).contains("NotoSerif");
            });
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("vn.motcua.paper.PaperRendererTest#everyForm")
        void isOneA4Page(OfficialPaper paper) {
            List<PDRectangle> pages = sample(paper).pageSizes();

            assertThat(pages).hasSize(1);
            PDRectangle page = pages.get(0);
            if (paper.form() == OfficialForm.LEDGER) {
                assertThat(page.getWidth()).isCloseTo(A4_LONG, POINT);
                assertThat(page.getHeight()).isCloseTo(A4_SHORT, POINT);
            } else {
                assertThat(page.getWidth()).isCloseTo(A4_SHORT, POINT);
                assertThat(page.getHeight()).isCloseTo(A4_LONG, POINT);
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("vn.motcua.paper.PaperRendererTest#everyForm")
        void namesTheFormInTheDocumentTitle(OfficialPaper paper) {
            assertThat(sample(paper).title()).startsWith(paper.form().title());
        }
    }

    @Nested
    class Receipt01 {

        private final RenderedPdf pdf = sample(Samples.receipt());

        @Test
        void showsTheIssuerNumberAndDateLine() {
            assertThat(pdf.text())
                    .contains("UBND XÃ SƠN TRUNG")
                    .contains("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG")
                    .contains("Số: 125/TNHS-TTPVHCC")
                    .contains("Sơn Trung, ngày 26 tháng 11 năm 2026")
                    .contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ");
        }

        @Test
        void showsTheApplicantWithDiacriticsAndTheDossierCode() {
            assertThat(pdf.text())
                    .contains("Mã hồ sơ: H30.45.12-261126-0007")
                    .contains("Ông (Bà)/Tổ chức: Nguyễn Thị Hồng Nhung")
                    .contains("Số định danh cá nhân/tổ chức: 042190001234")
                    .contains("Địa chỉ: Thôn Trung Lưu, xã Sơn Trung, tỉnh Hà Tĩnh")
                    .contains("Số điện thoại: 0912 345 678; Email: nhung.nth@example.vn")
                    .contains("Người được ủy quyền: Trần Văn Đức")
                    .contains("Giấy tờ ủy quyền: Giấy ủy quyền ngày 20/11/2026")
                    .contains("Nội dung yêu cầu giải quyết: Đăng ký khai sinh");
        }

        @Test
        void listsTheComponentsInOrderWithTheirCounts() {
            assertThat(pdf.text()).contains(
                    "STT Tên giấy tờ Bản chính Bản sao "
                            + "1 Tờ khai đăng ký khai sinh 1 0 "
                            + "2 Giấy chứng sinh 1 0 "
                            + "3 Văn bản ủy quyền 0 1");
        }

        @Test
        void writesTimesInVietnamTheVietnameseWay() {
            // RECEIVED is 01:30 UTC; the paper must show 08:30 in Vietnam whatever the JVM's zone.
            assertThat(pdf.text())
                    .contains("2. Số lượng hồ sơ: 01 (bộ)")
                    .contains("3. Thời gian giải quyết hồ sơ theo quy định là: 03 ngày làm việc")
                    .contains("4. Thời gian nhận hồ sơ: 08 giờ 30 phút, ngày 26 tháng 11 năm 2026")
                    .contains("5. Thời gian trả kết quả giải quyết hồ sơ: 08 giờ 30 phút, ngày 01 tháng 12 năm 2026")
                    .contains("6. Đăng ký nhận kết quả tại: Trung tâm Phục vụ hành chính công xã Sơn Trung")
                    .contains("Vào Sổ theo dõi hồ sơ, Quyển số: 01, Số thứ tự: 125");
        }

        @Test
        void isSignedByWhoeverFiledItAndByTheReceiver() {
            assertThat(pdf.text()).containsSubsequence(
                    "NGƯỜI NỘP HỒ SƠ", "Trần Văn Đức", "NGƯỜI TIẾP NHẬN HỒ SƠ", "Nguyễn Thị Lan");
        }

        @Test
        void carriesAQrCodeOfTheLookupUrl() {
            assertThat(pdf.qrCode()).isEqualTo("https://motcua.example.vn/tra-cuu?ma=H30.45.12-261126-0007");
        }

        @Test
        void leavesTheLedgerEntryBlankWhenItIsNotKnown() {
            Receipt receipt = Samples.receipt();
            Receipt unregistered = new Receipt(receipt.letterhead(), receipt.dossierCode(), receipt.applicant(), null,
                    receipt.request(), receipt.components(), receipt.sets(), receipt.timeLimit(), receipt.receivedAt(),
                    receipt.appointmentAt(), receipt.resultDelivery(), null, receipt.receiverName(), receipt.lookupUrl());

            String text = render(unregistered).text();

            assertThat(text)
                    .contains("Vào Sổ theo dõi hồ sơ, Quyển số: ……, Số thứ tự: ……")
                    .doesNotContain("Người được ủy quyền")
                    .containsSubsequence("NGƯỜI NỘP HỒ SƠ", "Nguyễn Thị Hồng Nhung", "NGƯỜI TIẾP NHẬN HỒ SƠ");
        }
    }

    @Nested
    class TypedTextIsNeverMarkup {

        private static final String HOSTILE = "Lê <script>alert('x')</script> & <b>Bình</b>";

        private final Receipt receipt = Samples.receipt(
                new Applicant(HOSTILE, "042190001234", "Thôn <i>Trung</i> Lưu", null, null));

        @Test
        void printsANameHoldingTagsLiterally() {
            assertThat(render(receipt).text())
                    .contains("Ông (Bà)/Tổ chức: " + HOSTILE)
                    .contains("Địa chỉ: Thôn <i>Trung</i> Lưu");
        }

        @Test
        void escapesItInTheMarkup() {
            String html = RENDERER.html(receipt);

            assertThat(html)
                    .contains("Lê &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;Bình&lt;/b&gt;")
                    .doesNotContain("<script>")
                    .doesNotContain("<b>Bình");
        }
    }

    @Nested
    class SupplementRequest02 {

        private final String text = sample(Samples.supplementRequest()).text();

        @Test
        void listsWhatToSupplementAndWhy() {
            assertThat(text)
                    .contains("Số: 18/PBS-TTPVHCC")
                    .contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ")
                    .contains("Hồ sơ của: Nguyễn Thị Hồng Nhung")
                    .contains("Nội dung yêu cầu giải quyết: Đăng ký kết hôn")
                    .contains("Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau: "
                            + "1. Bổ sung Giấy xác nhận tình trạng hôn nhân của bên nam "
                            + "2. Tờ khai đăng ký kết hôn ghi thiếu ngày, tháng, năm sinh của bên nữ")
                    .contains("Lý do: Hồ sơ chưa đủ thành phần theo quy định");
        }

        @Test
        void namesWhoGivesGuidanceAndSigns() {
            assertThat(text)
                    .contains("liên hệ với Nguyễn Thị Lan, số điện thoại 0239 3855 123 để được hướng dẫn.")
                    .containsSubsequence("NGƯỜI HƯỚNG DẪN", "(Ký và ghi rõ họ tên)", "Nguyễn Thị Lan");
        }

        @Test
        void hasNoCodeLineForADossierWithoutCode() {
            assertThat(text).doesNotContain("Mã hồ sơ");
        }
    }

    @Nested
    class Refusal03 {

        private final String text = sample(Samples.refusal()).text();

        @Test
        void givesTheReason() {
            assertThat(text)
                    .contains("Số: 04/PTC-TTPVHCC")
                    .contains("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ")
                    .contains("tiếp nhận hồ sơ của: Nguyễn Thị Hồng Nhung")
                    .contains("Nội dung yêu cầu giải quyết: Cấp Giấy chứng nhận quyền sử dụng đất lần đầu")
                    .contains("thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau: "
                            + "Thủ tục thuộc thẩm quyền giải quyết của Văn phòng đăng ký đất đai tỉnh");
        }

        @Test
        void writesFebruaryAndSmallDaysWithALeadingZero() {
            assertThat(text).contains("Sơn Trung, ngày 03 tháng 02 năm 2026");
        }

        @Test
        void isSignedByTheApplicantAndTheReceiver() {
            assertThat(text).containsSubsequence(
                    "NGƯỜI NỘP HỒ SƠ", "Nguyễn Thị Hồng Nhung", "NGƯỜI TIẾP NHẬN HỒ SƠ", "Nguyễn Thị Lan");
        }
    }

    @Nested
    class Apology04 {

        private final String text = sample(Samples.apology()).text();

        @Test
        void comesFromTheLateBody() {
            assertThat(text)
                    .contains("ỦY BAN NHÂN DÂN XÃ SƠN TRUNG")
                    .doesNotContain("UBND XÃ SƠN TRUNG")
                    .contains("Số: 07/PXL-UBND")
                    .contains("Sơn Trung, ngày 30 tháng 11 năm 2026");
        }

        @Test
        void apologisesWithTheReasonAndTheNewDate() {
            assertThat(text)
                    .contains("PHIẾU XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT")
                    .contains("Kính gửi: Nguyễn Thị Hồng Nhung")
                    .contains("Vào ngày 26 tháng 11 năm 2026, Trung tâm Phục vụ hành chính công xã Sơn Trung "
                            + "tiếp nhận hồ sơ đề nghị giải quyết thủ tục Đăng ký khai sinh")
                    .contains("Mã số hồ sơ: H30.45.12-261126-0007")
                    .contains("Thời gian hẹn trả kết quả giải quyết hồ sơ: 08 giờ 30 phút, ngày 01 tháng 12 năm 2026")
                    .contains("Lý do: Cần xác minh thông tin nơi sinh tại cơ sở y tế")
                    .contains("sẽ được trả vào 14 giờ 00 phút, ngày 04 tháng 12 năm 2026.");
        }

        @Test
        void isSignedByTheHeadOfTheBody() {
            assertThat(text).containsSubsequence("CHỦ TỊCH", "(Ký, ghi rõ họ tên và đóng dấu)", "Đặng Văn Bình");
        }
    }

    @Nested
    class StopNotice05 {

        private final String text = sample(Samples.stopNotice()).text();

        @Test
        void recordsTheRequestToStop() {
            assertThat(text)
                    .contains("Số: 02/TBD-TTPVHCC")
                    .contains("THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ")
                    .contains("Kính gửi: Nguyễn Thị Hồng Nhung")
                    .contains("Mã số hồ sơ: H30.45.12-261126-0007")
                    .contains("Vào lúc 09 giờ 15 phút, ngày 27 tháng 11 năm 2026, Ông (Bà)/Tổ chức đề nghị dừng "
                            + "giải quyết hồ sơ nêu trên với lý do: Gia đình chuyển sang đăng ký khai sinh")
                    .contains("Căn cứ Điều 21 Nghị định số 118/2025/NĐ-CP")
                    .containsSubsequence("GIÁM ĐỐC", "Bùi Thị Thu");
        }
    }

    @Nested
    class ControlSlip06 {

        private final String text = sample(Samples.controlSlip()).text();

        @Test
        void showsTheDossierAndItsAppointment() {
            assertThat(text)
                    .contains("Số: 125/PKS-TTPVHCC")
                    .contains("Mã số hồ sơ: H30.45.12-261126-0007")
                    .contains("Cơ quan (bộ phận) giải quyết hồ sơ: Công chức Tư pháp – Hộ tịch")
                    .contains("Hẹn trả kết quả vào: 08 giờ 30 phút, ngày 01 tháng 12 năm 2026");
        }

        @Test
        void hasOneRowPerHandoverInOrder() {
            assertThat(text).containsSubsequence(
                    // The heading wraps in its narrow cell, so it is checked piece by piece.
                    "Tên đơn vị", "Thời gian giao nhận hồ sơ", "Kết quả giải quyết hồ sơ", "(trước hạn", "đúng hạn",
                    "quá hạn)", "Ghi chú",
                    "1. Giao: Trung tâm Phục vụ hành chính công 2. Nhận: Công chức Tư pháp – Hộ tịch "
                            + "09 giờ 00 phút, ngày 26 tháng 11 năm 2026 Người giao Người nhận Trước hạn",
                    "1. Giao: Công chức Tư pháp – Hộ tịch 2. Nhận: Lãnh đạo UBND xã "
                            + "15 giờ 10 phút, ngày 27 tháng 11 năm 2026 Người giao Người nhận Đúng hạn Trình ký",
                    "1. Giao: Lãnh đạo UBND xã 2. Nhận: Trung tâm Phục vụ hành chính công "
                            + "10 giờ 00 phút, ngày 01 tháng 12 năm 2026 Người giao Người nhận Quá hạn Chậm do chờ xác minh",
                    "1. Giao: Trung tâm Phục vụ hành chính công 2. Nhận: Văn thư UBND xã "
                            + "10 giờ 20 phút, ngày 01 tháng 12 năm 2026 Người giao Người nhận",
                    "Ghi chú: Kết quả giải quyết hồ sơ do bên nhận ghi khi nhận bàn giao hồ sơ.");
        }
    }

    @Nested
    class Ledger07 {

        @Test
        void showsThePeriodAndOneRowPerDossier() {
            String text = sample(Samples.ledger()).text();

            assertThat(text)
                    .contains("Số: ……/STD-TTPVHCC")
                    .contains("SỔ THEO DÕI HỒ SƠ")
                    .contains("Lĩnh vực: Hộ tịch")
                    .contains("Từ ngày 01 tháng 11 năm 2026 đến ngày 30 tháng 11 năm 2026")
                    .containsSubsequence(
                            "STT Mã hồ sơ Tên thủ tục hành chính Tên tổ chức, cá nhân Địa chỉ, số điện thoại "
                                    + "Cơ quan chủ trì giải quyết Nhận và trả kết quả Phương thức nhận kết quả Ký nhận "
                                    + "Nhận hồ sơ Hẹn trả kết quả Trả kết quả",
                            "1 H30.45.12-261126-0007 Đăng ký khai sinh Nguyễn Thị Hồng Nhung "
                                    + "Thôn Trung Lưu, xã Sơn Trung; 0912 345 678 UBND xã Sơn Trung "
                                    + "08 giờ 30 phút 26/11/2026 08 giờ 30 phút 01/12/2026 15 giờ 45 phút 30/11/2026 "
                                    + "Trực tiếp",
                            "2 H30.45.12-261127-0002 Đăng ký kết hôn Lê Văn Thắng "
                                    + "Thôn Đông Hà, xã Sơn Trung; 0905 111 222 UBND xã Sơn Trung "
                                    + "14 giờ 05 phút 27/11/2026 14 giờ 05 phút 02/12/2026 Bưu chính");
        }

        @Test
        void saysSoWhenThePeriodHadNoDossier() {
            Ledger ledger = Samples.ledger();
            Ledger empty = new Ledger(ledger.letterhead(), ledger.field(), ledger.from(), ledger.to(), List.of());

            assertThat(render(empty).text()).contains("Không có hồ sơ trong kỳ.");
        }

        @Test
        void continuesOnLandscapePagesRepeatingTheColumnHeadings() {
            Ledger ledger = Samples.ledger();
            LedgerRow row = ledger.rows().get(0);
            List<LedgerRow> many = IntStream.rangeClosed(1, 60)
                    .mapToObj(i -> new LedgerRow("H30.45.12-261126-%04d".formatted(i), row.procedureName(),
                            row.applicantName(), row.applicantContact(), row.leadBody(), row.receivedAt(),
                            row.appointmentAt(), row.returnedAt(), row.deliveryMethod()))
                    .toList();

            RenderedPdf pdf = render(new Ledger(ledger.letterhead(), ledger.field(), ledger.from(), ledger.to(), many));

            List<PDRectangle> pages = pdf.pageSizes();
            assertThat(pages).hasSizeGreaterThan(1)
                    .allSatisfy(page -> assertThat(page.getWidth()).isGreaterThan(page.getHeight()));
            String text = pdf.text();
            assertThat(text.split("Cơ quan chủ trì giải quyết", -1)).hasSize(pages.size() + 1);
            assertThat(text).contains("H30.45.12-261126-0001").contains("H30.45.12-261126-0060");
        }
    }
}
