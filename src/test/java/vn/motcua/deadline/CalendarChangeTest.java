package vn.motcua.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Sort;

import com.fasterxml.jackson.databind.JsonNode;

import vn.motcua.calendar.OfficialSchedule;
import vn.motcua.calendar.deadline.TimeLimit;
import vn.motcua.deadline.DeadlineChange.Outcome;
import vn.motcua.support.Http;
import vn.motcua.support.MotCuaIntegrationTest;

/**
 * "Changing the official schedule re-projects the open deadlines measured against it; an appointment
 * already given to a citizen is kept, and the change is reported." The change is simulated by checking
 * a calendar with one more holiday, Tuesday 3/3/2026, as a restart with an edited data file would.
 */
@MotCuaIntegrationTest
class CalendarChangeTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Monday 2/3/2026, 09:00: two working days end Wednesday 4/3, three Thursday 5/3. */
    private static final ZonedDateTime MONDAY_MORNING = ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, VIETNAM);
    private static final String EXTRA_HOLIDAY = """

              - year: 2026
                source: "Quyết định giả định của phép thử"
                days:
                  - { date: 2026-03-03, kind: HOLIDAY, name: "Ngày nghỉ thêm" }
            """;

    @Autowired
    ProcessEngine engine;
    @Autowired
    CalendarRevisions revisions;
    @Autowired
    CalendarEdition configured;
    @Autowired
    CalendarRevisionRepository revisionRepository;
    @Autowired
    TrackedDeadlineRepository trackedDeadlines;
    @Autowired
    DeadlineTracker tracker;
    @LocalServerPort
    int port;

    private final List<String> started = new ArrayList<>();

    @BeforeEach
    void setUp() {
        init(engine);
        ClockUtil.setCurrentTime(date(MONDAY_MORNING));
    }

    @AfterEach
    void restoreTheConfiguredCalendar() {
        ClockUtil.reset();
        for (String id : started) {
            if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count() > 0) {
                engine.getRuntimeService().deleteProcessInstance(id, "phép thử kết thúc");
            }
        }
        revisions.check(engine, configured);
    }

    @Test
    void holidayInsideTheSpanMovesTheDeadlineItsTaskAndItsTimerByOneWorkingDay() {
        ProcessInstance instance = start();
        complete(task(), withVariables("handlingUnit", "justice", "handlingDays", 2L));
        Date wednesday = date(2026, 3, 4);
        assertThat(instance).isWaitingAt("HandleDocument").variables().containsEntry("handlingDueAt", wednesday);
        assertThat(task()).hasDueDate(wednesday);
        assertThat(job()).hasDueDate(wednesday);

        CalendarRevision revision = revisions.check(engine, withExtraHoliday()).orElseThrow();

        Date thursday = date(2026, 3, 5);
        assertThat(instance).isWaitingAt("HandleDocument").variables().containsEntry("handlingDueAt", thursday);
        assertThat(task()).hasDueDate(thursday);
        assertThat(job()).hasDueDate(thursday);
        assertThat(changesOf(revision, instance)).singleElement().satisfies(change -> {
            assertThat(change.outcome()).isEqualTo(Outcome.MOVED);
            assertThat(change.previousDueAt()).isEqualTo(wednesday.toInstant());
            assertThat(change.newDueAt()).isEqualTo(thursday.toInstant());
        });
        assertThat(revision.summary())
                .contains("Thêm: 2026-03-03 HOLIDAY \"Ngày nghỉ thêm\" (Quyết định giả định của phép thử)")
                .contains("- Quy trình " + instance.getId()
                        + ", handlingDueAt: dời từ 04/03/2026 17:00 sang 05/03/2026 17:00");

        // The job executor would now leave the timer alone on Wednesday evening and fire it on Thursday's.
        ClockUtil.setCurrentTime(date(2026, 3, 4, 17, 1));
        assertThat(executableJobs(instance)).isZero();
        ClockUtil.setCurrentTime(date(2026, 3, 5, 17, 1));
        assertThat(executableJobs(instance)).isOne();

        JsonNode latest = Http.as(port, "quanly").get("/api/calendar/revisions").json().get(0);
        assertThat(latest.get("id").asLong()).isEqualTo(revision.id());
        // Other tests in the shared context leave open deadlines too: pick this instance's change.
        JsonNode change = java.util.stream.StreamSupport.stream(latest.get("changes").spliterator(), false)
                .filter(candidate -> candidate.get("processInstanceId").asText().equals(instance.getId()))
                .findFirst().orElseThrow();
        assertThat(change.get("variableName").asText()).isEqualTo("handlingDueAt");
        assertThat(change.get("previousDueAt").asText()).isEqualTo("2026-03-04T17:00:00+07:00");
        assertThat(change.get("newDueAt").asText()).isEqualTo("2026-03-05T17:00:00+07:00");
        assertThat(change.get("outcome").asText()).isEqualTo("MOVED");
    }

    @Test
    void appointmentPromisedToTheCitizenIsKeptAndReported() {
        ProcessInstance instance = start();
        ZonedDateTime appointment = tracker.track(instance.getId(), "appointmentAt", MONDAY_MORNING,
                TimeLimit.workingDays(3), true);
        Date thursday = date(2026, 3, 5);
        assertThat(appointment.toInstant()).isEqualTo(thursday.toInstant());
        // Something scheduled at the appointment, to show that keeping it leaves the instance untouched.
        Task assign = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assign.setDueDate(thursday);
        engine.getTaskService().saveTask(assign);

        CalendarRevision revision = revisions.check(engine, withExtraHoliday()).orElseThrow();

        assertThat(instance).variables().containsEntry("appointmentAt", thursday);
        assertThat(task()).hasDueDate(thursday);
        Date friday = date(2026, 3, 6);
        assertThat(changesOf(revision, instance)).singleElement().satisfies(change -> {
            assertThat(change.outcome()).isEqualTo(Outcome.KEPT);
            assertThat(change.previousDueAt()).isEqualTo(thursday.toInstant());
            assertThat(change.newDueAt()).isEqualTo(friday.toInstant());
        });
        assertThat(revision.summary()).contains("- Quy trình " + instance.getId()
                + ", appointmentAt: giữ nguyên 05/03/2026 17:00 (đã hẹn), theo lịch mới là 06/03/2026 17:00");
        assertThat(trackedDeadlines.findByProcessInstanceIdAndOpenTrue(instance.getId()))
                .singleElement().satisfies(deadline -> assertThat(deadline.dueAt()).isEqualTo(thursday.toInstant()));
    }

    @Test
    void deadlinesCloseWhenTheirInstanceEndsOrIsCancelledAndAreNotReprojected() {
        ProcessInstance filed = start();
        complete(task(), withVariables("handlingUnit", "culture", "handlingDays", 2L));
        assertThat(trackedDeadlines.findByProcessInstanceIdAndOpenTrue(filed.getId()))
                .as("activities ending do not end the instance").hasSize(1);
        complete(task(), withVariables("outcome", "file", "handlingResult", "Lưu hồ sơ"));
        assertThat(filed).isEnded();

        ProcessInstance cancelled = start();
        complete(task(), withVariables("handlingUnit", "culture", "handlingDays", 2L));
        engine.getRuntimeService().deleteProcessInstance(cancelled.getId(), "Văn bản bị thu hồi");

        for (ProcessInstance instance : List.of(filed, cancelled)) {
            assertThat(trackedDeadlines.findAll()).filteredOn(d -> d.processInstanceId().equals(instance.getId()))
                    .singleElement().satisfies(deadline -> assertThat(deadline.open()).isFalse());
        }
        CalendarRevision revision = revisions.check(engine, withExtraHoliday()).orElseThrow();
        assertThat(changesOf(revision, filed)).isEmpty();
        assertThat(changesOf(revision, cancelled)).isEmpty();
    }

    @Test
    void anUnchangedCalendarRecordsNoNewRevision() {
        List<CalendarRevision> all = revisionRepository.findAll(Sort.by("id"));
        assertThat(all.get(0).summary()).as("recorded at start-up").startsWith("Ghi nhận lịch làm việc lần đầu");
        revisions.check(engine, configured);
        long count = revisionRepository.count();

        assertThat(revisions.check(engine, configured)).isEmpty();
        assertThat(revisions.check(engine, configured)).isEmpty();

        assertThat(revisionRepository.count()).isEqualTo(count);
        assertThat(revisionRepository.findFirstByOrderByIdDesc().orElseThrow().checksum())
                .isEqualTo(configured.checksum());
    }

    @Test
    void revisionsAreForManagersAuditorsLeadersAndAdministratorsWhileTheCalendarStaysPublic() {
        String revisionsPath = "/api/calendar/revisions";
        assertThat(Http.anonymous(port).get(revisionsPath).status()).isEqualTo(401);
        for (String staff : List.of("tiepnhan", "tuphap")) {
            assertThat(Http.as(port, staff).get(revisionsPath).status()).as(staff).isEqualTo(403);
        }
        for (String reader : List.of("quanly", "kiemtra", "chutich", "admin")) {
            Http.Response response = Http.as(port, reader).get(revisionsPath);
            assertThat(response.status()).as(reader).isEqualTo(200);
            assertThat(response.json()).as(reader).isNotEmpty();
        }
        assertThat(Http.anonymous(port).get("/api/calendar/days?from=2026-03-02&to=2026-03-06").status())
                .isEqualTo(200);
        assertThat(Http.anonymous(port).get("/api/calendar/deadline?start=2026-03-02T09:00&amount=2&unit=WORKING_DAYS")
                .status()).isEqualTo(200);
    }

    private ProcessInstance start() {
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("incoming-document",
                withVariables("documentNumber", "15/UBND", "summary", "Về việc lịch tiếp công dân"));
        started.add(instance.getId());
        assertThat(instance).isWaitingAt("AssignHandling");
        return instance;
    }

    private CalendarEdition withExtraHoliday() {
        try (InputStream bundled = getClass().getResourceAsStream(OfficialSchedule.BUNDLED_RESOURCE)) {
            byte[] edited = (new String(bundled.readAllBytes(), StandardCharsets.UTF_8) + EXTRA_HOLIDAY)
                    .getBytes(StandardCharsets.UTF_8);
            return new CalendarEdition(OfficialSchedule.load(new ByteArrayInputStream(edited)), configured.restDays(),
                    configured.hours());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<DeadlineChange> changesOf(CalendarRevision revision, ProcessInstance instance) {
        return revision.changes().stream()
                .filter(change -> change.deadline().processInstanceId().equals(instance.getId()))
                .toList();
    }

    private long executableJobs(ProcessInstance instance) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).executable().count();
    }

    /** Closing time of that day. */
    private static Date date(int year, int month, int day) {
        return date(year, month, day, 17, 0);
    }

    private static Date date(int year, int month, int day, int hour, int minute) {
        return date(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, VIETNAM));
    }

    private static Date date(ZonedDateTime time) {
        return Date.from(time.toInstant());
    }
}
