package vn.motcua.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.kpi.IndicatorAssertions.assertIndicator;
import static vn.motcua.kpi.IndicatorAssertions.byId;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static vn.motcua.kpi.KpiHistories.BIRTH;
import static vn.motcua.kpi.KpiHistories.MARITAL_STATUS;
import static vn.motcua.kpi.KpiHistories.at;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import vn.motcua.calendar.deadline.Timeliness;
import vn.motcua.citizen.rating.Criterion;
import vn.motcua.citizen.rating.Ratings;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.DossierPauses;
import vn.motcua.dossier.DossierRepository;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.iso.IsoRegister;
import vn.motcua.iso.ProcessKind;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.reform.ReformReports;
import vn.motcua.register.RegisterFigure;
import vn.motcua.register.RegisterFigureRepository;
import vn.motcua.support.Http;
import vn.motcua.support.MotCuaIntegrationTest;

/**
 * The indicators whose data come from the paper store, the identity checks, the ratings, the ISO
 * conformance of each dossier, the catalogue, the periodic reports and the ISO register: known histories
 * in March 2031 and each figure's exact value and status.
 */
@MotCuaIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KpiRecordedIndicatorsTest {

    private static final String FORM = "Tờ khai đăng ký khai sinh (theo mẫu)";
    private static final String ID_PAPER =
            "Giấy tờ tùy thân của người yêu cầu (xuất trình hoặc khai thác từ Cơ sở dữ liệu quốc gia về dân cư)";
    private static final String OWNER = "001231012345";
    private static final Period MARCH = Period.month(2031, 3);

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    DossierIntake intake;
    @Autowired
    DossierPauses pauses;
    @Autowired
    DossierRepository dossiers;
    @Autowired
    KpiFigures figures;
    @Autowired
    Ratings ratings;
    @Autowired
    StatisticsTable table;
    @Autowired
    ProcedureCatalog catalog;
    @Autowired
    ReformReports reports;
    @Autowired
    IsoRegister isoRegister;
    @Autowired
    RegisterFigureRepository register;
    @Autowired
    DrillDown drillDown;

    KpiHistories h;
    String third;
    String unidentified;
    String late;
    String pausedOverMonthEnd;
    RegisterFigure issued;

    @BeforeAll
    void dossierHistories() {
        init(engine);
        h = new KpiHistories(engine, intake, pauses);

        // 1: nothing on file yet; resolved the same day; rated well on every criterion.
        at(2031, 3, 3, 9, 0);
        ProcessInstance first = birth(Channel.COUNTER, OWNER, List.of(paper(FORM, false), paper(ID_PAPER, false)));
        resolveAndRate(first, 3, 3);

        // 2: online, the ID paper reused from the store; rated badly on the officials' attitude.
        at(2031, 3, 4, 9, 0);
        ProcessInstance second = birth(Channel.ONLINE, OWNER, List.of(paper(FORM, false), paper(ID_PAPER, true)));
        resolveAndRate(second, 3, 1);

        // 3: online, the ID paper on file handed in again; slow, but the officials were kind.
        at(2031, 3, 5, 9, 0);
        ProcessInstance resubmitted = birth(Channel.ONLINE, OWNER, List.of(paper(FORM, false), paper(ID_PAPER, false)));
        resolveAndRate(resubmitted, 1, 3);
        third = resubmitted.getBusinessKey();

        // 4: online, an ID number the population registry does not know: not identified electronically.
        at(2031, 3, 6, 9, 0);
        unidentified = birth(Channel.ONLINE, "999231000001", List.of(paper(FORM, false))).getBusinessKey();

        // 5: late (appointment Thu 13/3, approved Mon 17/3): not per the defined procedure.
        at(2031, 3, 10, 9, 0);
        ProcessInstance slow = h.receive(MARITAL_STATUS, Channel.COUNTER);
        h.accept(slow, true);
        at(2031, 3, 17, 10, 0);
        h.resolve(slow, MARITAL_STATUS, true);
        late = slow.getBusinessKey();

        // 6: paused on 26/3, resumed on 2/4: paused at the end of March, in progress at the end of April.
        at(2031, 3, 24, 9, 0);
        ProcessInstance paused = h.receive(MARITAL_STATUS, Channel.COUNTER);
        h.accept(paused, true);
        at(2031, 3, 26, 10, 0);
        h.pause(paused);
        at(2031, 4, 2, 10, 0);
        h.resume(paused);
        pausedOverMonthEnd = paused.getBusinessKey();

        issued = register.save(new RegisterFigure(KpiFigures.ISSUED_INTERNAL_PROCEDURES, LocalDate.of(2031, 1, 1),
                LocalDate.of(2031, 3, 31), new BigDecimal("12"), "PROCEDURES",
                "Quyết định ban hành hệ thống quản lý chất lượng số 3/QĐ-UBND", "office", "vanphong",
                Instant.parse("2031-03-31T02:00:00Z")));
        at(2031, 3, 31, 16, 0);
    }

    @AfterAll
    void cleanUp() {
        register.delete(issued);
        ClockUtil.reset();
    }

    @Test
    void papersOnFileThatWereHandedInAgainLowerNoResubmit() {
        // Dossiers 2 and 3 had the ID paper on file; 3 handed it in again.
        assertIndicator(march().get("NO-RESUBMIT"), "50.00", 1, 2, Status.NOT_MET);
    }

    @Test
    void onlineApplicantsIdentifiedElectronically() {
        // Online: 2, 3 (identified) and 4 (unknown ID number).
        assertIndicator(march().get("EID-USERS"), "66.67", 2, 3, Status.NOT_MET);
        assertThat(figures.indicators(MARCH, new Slice(null, null, null, "COUNTER")).stream()
                .filter(value -> value.id().equals("EID-USERS")).findFirst().orElseThrow().status())
                .as("no online dossier at the counter: no data").isEqualTo(Status.NO_DATA);
    }

    @Test
    void ratingsCountOnTheirDayAndSplitByChannel() {
        // Satisfied on every criterion: only 1; satisfied with the officials: 1 and 3.
        Map<String, IndicatorValue> march = march();
        assertIndicator(march.get("TTHC-SATISF"), "33.33", 1, 3, Status.NOT_MET);
        assertIndicator(march.get("SVC-SATISF"), "66.67", 2, 3, Status.NOT_MET);
        Map<String, IndicatorValue> online = byId(figures.indicators(MARCH, new Slice(null, null, null, "ONLINE")));
        assertIndicator(online.get("TTHC-SATISF"), "0.00", 0, 2, Status.NOT_MET);
        assertIndicator(online.get("SVC-SATISF"), "50.00", 1, 2, Status.NOT_MET);
        Map<String, IndicatorValue> april = byId(figures.indicators(Period.month(2031, 4), Slice.ALL));
        assertThat(april.get("TTHC-SATISF").status()).as("no rating in April").isEqualTo(Status.NO_DATA);

        // The KPI page's breakdown by channel carries the same figures.
        Http.Response byChannel = Http.as(port, "quanly").get("/api/kpi/breakdown?by=channel&period=2031-03");
        assertThat(byChannel.status()).isEqualTo(200);
        JsonNode rows = byChannel.json().path("rows");
        assertThat(rows.findValues("key").stream().map(JsonNode::asText)).containsExactly("COUNTER", "ONLINE");
        assertThat(rows.get(0).path("rated").asLong()).isEqualTo(1);
        assertThat(rows.get(0).path("satisfiedRate").decimalValue()).isEqualByComparingTo("100");
        assertThat(rows.get(1).path("rated").asLong()).isEqualTo(2);
        assertThat(rows.get(1).path("satisfiedRate").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void theLateDossierIsNotHandledPerTheDefinedProcedure() {
        assertThat(dossiers.findByCode(late).orElseThrow().timeliness()).isEqualTo(Timeliness.LATE);
        assertIndicator(march().get("ISO-PROCEDURES"), "75.00", 3, 4, Status.NOT_MET);
    }

    @Test
    void onlineEligibleComesFromTheCatalogueInForceAtThePeriodsEnd() {
        List<Procedure> now = catalog.all();
        long full = now.stream().filter(p -> p.onlineService() == Procedure.OnlineService.FULL).count();
        assertThat(full).as("the models offer some procedures fully online").isPositive().isLessThan(now.size());
        IndicatorValue eligible = march().get("ONLINE-ELIGIBLE");
        assertThat(eligible.numerator()).isEqualTo(full);
        assertThat(eligible.denominator()).isEqualTo(now.size());
        assertThat(eligible.status()).isEqualTo(Status.NOT_MET);
        assertThat(byId(figures.indicators(Period.year(2021), Slice.ALL)).get("ONLINE-ELIGIBLE").status())
                .as("nothing was deployed in 2021").isEqualTo(Status.NO_DATA);
    }

    @Test
    void internalProcessesOnTheSystemOverThoseIssued() {
        long internal = isoRegister.entries().stream().filter(entry -> entry.kind() == ProcessKind.INTERNAL).count();
        assertThat(internal).isBetween(1L, 11L);
        IndicatorValue value = byId(figures.indicators(Period.quarter(2031, 1), Slice.ALL)).get("ISO-INTERNAL-E");
        assertThat(value.numerator()).isEqualTo(internal);
        assertThat(value.denominator()).isEqualTo(12);
        assertThat(value.evidence()).singleElement().satisfies(e -> assertThat(e.evidence()).contains("3/QĐ-UBND"));
        assertThat(byId(figures.indicators(Period.quarter(2030, 4), Slice.ALL)).get("ISO-INTERNAL-E").status())
                .as("no count of issued procedures entered for that quarter").isEqualTo(Status.NO_DATA);
    }

    @Test
    void reportsDueInThePeriodCountOnceSentThroughTheSystem() {
        // The yearly report of 2030 falls due on Thu 2/1/2031 (1/1 is a holiday).
        var year2030 = reports.dueBetween(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 3, 31));
        assertThat(year2030).singleElement().satisfies(due -> {
            assertThat(due.period().key()).isEqualTo("2030-Y");
            assertThat(due.dueOn()).isEqualTo(LocalDate.of(2031, 1, 2));
        });
        Period q1 = Period.quarter(2031, 1);
        assertThat(reports.start(year2030.get(0).period())).isTrue();
        assertIndicator(byId(figures.indicators(q1, Slice.ALL)).get("REPORTS-ONLINE"), "0.00", 0, 1, Status.NOT_MET);

        sendReport("BC-2030-Y");
        IndicatorValue sent = byId(figures.indicators(q1, Slice.ALL)).get("REPORTS-ONLINE");
        assertIndicator(sent, "100.00", 1, 1, Status.MET);
        assertThat(sent.note()).contains("Năm 2030 — đã gửi trên hệ thống");
        assertThat(byId(figures.indicators(q1, new Slice("justice", null, null, null))).get("REPORTS-ONLINE").status())
                .isEqualTo(Status.NO_DATA);
    }

    @Test
    void documentsAndWorkFilesComeFromTheRegister() {
        Map<String, IndicatorValue> march = march();
        assertThat(march.get("DOCS-SIGNED").source()).isEqualTo(Source.REGISTER);
        assertThat(march.get("WORKFILES-ONLINE").source()).isEqualTo(Source.REGISTER);
        assertThat(march.get("DOCS-SIGNED").status()).isEqualTo(Status.NO_DATA);
    }

    @Test
    void theStatisticsTableCountsADossierPausedAtThePeriodsEndAsPaused() {
        assertThat(dossiers.findByCode(pausedOverMonthEnd).orElseThrow().pauseLedger().isPaused()).as("running again now")
                .isFalse();
        StatisticsTable.Line march = table.of(MARCH).total();
        StatisticsTable.Line april = table.of(Period.month(2031, 4)).total();
        // Dossiers other tests left paused long ago are paused at both ends; ours only at the end of March.
        assertThat(march.paused()).isEqualTo(april.paused() + 1);
        assertThat(april.inProgress()).as("in progress at both ends: paused is an \"of which\" column")
                .isEqualTo(march.inProgress());
    }

    @Test
    void eachNewFigureDrillsDownToTheDossiersBehindIt() {
        assertThat(codes(DrillDown.Measure.RESUBMITTED)).containsExactly(third);
        assertThat(codes(DrillDown.Measure.NOT_IDENTIFIED)).containsExactly(unidentified);
        assertThat(codes(DrillDown.Measure.NOT_CONFORMING)).containsExactly(late);
        assertThat(codes(DrillDown.Measure.NOT_SATISFIED)).hasSize(2).contains(third);
        assertThat(codes(DrillDown.Measure.SERVICE_NOT_SATISFIED)).hasSize(1).doesNotContain(third);
    }

    private List<String> codes(DrillDown.Measure measure) {
        return drillDown.dossiers(measure, MARCH, Slice.ALL).stream().map(DrillDown.Row::code).toList();
    }

    private Map<String, IndicatorValue> march() {
        return byId(figures.indicators(MARCH, Slice.ALL));
    }

    private ProcessInstance birth(Channel channel, String owner, List<IntakeRequest.PaperData> papers) {
        String reference = channel == Channel.ONLINE ? "KPI-REC-" + System.nanoTime() : null;
        String code = intake.receive(new IntakeRequest(BIRTH, channel, reference, new IntakeRequest.ApplicantData(
                Applicant.Kind.CITIZEN, "Lê Thị Hoa", owner, null, "0912000333", null, null), papers), "tiepnhan")
                .dossier().code();
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(code)
                .processDefinitionKey(DossierIntake.FRAME_PROCESS).singleResult();
    }

    private void resolveAndRate(ProcessInstance frame, int time, int attitude) {
        h.accept(frame, true);
        h.resolve(frame, BIRTH, true);
        h.returnResult(frame);
        String url = ratings.link(frame.getBusinessKey()).orElseThrow().url();
        ratings.rate(url.substring(url.indexOf("t=") + 2), Map.of(Criterion.TIME, time, Criterion.CONTACTS, 3,
                Criterion.RESULT, 3, Criterion.ATTITUDE, attitude), null);
    }

    private void sendReport(String businessKey) {
        ProcessInstance report = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey).processDefinitionKey("reform-report").singleResult();
        List<Task> open;
        while (!(open = engine.getTaskService().createTaskQuery().processInstanceId(report.getId()).list()).isEmpty()) {
            for (Task task : open) {
                engine.getTaskService().complete(task.getId(), switch (task.getTaskDefinitionKey()) {
                    case "ProvideUnitInput" -> Map.<String, Object>of("unitInput", "Kết quả của đơn vị");
                    case "AssembleReport" -> Map.<String, Object>of("reportDraft", "Dự thảo");
                    case "ApproveReport" -> Map.<String, Object>of("reportApproval", "approve");
                    case "SendReport" -> Map.<String, Object>of("reportNumber", "2/BC-UBND", "sentVia",
                            "Hệ thống thông tin báo cáo");
                    default -> throw new AssertionError("unexpected step " + task.getTaskDefinitionKey());
                });
            }
        }
    }

    private static IntakeRequest.PaperData paper(String name, boolean reused) {
        return reused ? new IntakeRequest.PaperData(name, 0, 0, true) : new IntakeRequest.PaperData(name, 1, 0);
    }
}
