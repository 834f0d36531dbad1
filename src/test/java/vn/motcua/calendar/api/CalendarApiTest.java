package vn.motcua.calendar.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import vn.motcua.support.Http;
import vn.motcua.support.MotCuaIntegrationTest;

/** The public calendar API: no login, exact dates, and a clear 400 for every kind of bad input. */
@MotCuaIntegrationTest
class CalendarApiTest {

    @LocalServerPort
    int port;

    @Test
    void daysCarryWorkingFlagNameLunarDateAndSource() {
        Http.Response response = Http.anonymous(port).get("/api/calendar/days?from=2026-04-24&to=2026-04-28");
        assertThat(response.status()).isEqualTo(200);
        JsonNode days = response.json();
        assertThat(days).hasSize(5);

        JsonNode friday = days.get(0);
        assertThat(friday.get("date").asText()).isEqualTo("2026-04-24");
        assertThat(friday.get("working").asBoolean()).isTrue();
        assertThat(friday.get("name").isNull()).isTrue();
        assertThat(friday.get("source").isNull()).isTrue();
        assertThat(friday.get("lunarDate").asText()).isEqualTo("2026-03-08");

        JsonNode compensatory = days.get(3);
        assertThat(compensatory.get("date").asText()).isEqualTo("2026-04-27");
        assertThat(compensatory.get("working").asBoolean()).isFalse();
        assertThat(compensatory.get("name").asText()).isEqualTo("Nghỉ bù Giỗ Tổ Hùng Vương");
        assertThat(compensatory.get("lunarDate").asText()).isEqualTo("2026-03-11");
        assertThat(compensatory.get("leapMonth").asBoolean()).isFalse();
        assertThat(compensatory.get("source").asText()).contains("45/2019/QH14");
    }

    @Test
    void leapMonthIsFlagged() {
        JsonNode day = Http.anonymous(port).get("/api/calendar/days?from=2023-03-23&to=2023-03-23").json().get(0);
        assertThat(day.get("lunarDate").asText()).isEqualTo("2023-02-02");
        assertThat(day.get("leapMonth").asBoolean()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
            // received Friday 16:00 before Tết 2025 (25/01–02/02): one working day ends Monday 03/02 at 17:00
            "2025-01-24T16:00, 1, WORKING_DAYS, 2025-02-03T17:00:00+07:00",
            "2026-03-02T14:59, , SAME_DAY, 2026-03-02T17:00:00+07:00",
            "2026-03-02T15:01, , SAME_DAY, 2026-03-03T17:00:00+07:00",
            // Saturday 22/8/2026 is a make-up working day
            "2026-08-21T10:00, 1, WORKING_DAYS, 2026-08-22T17:00:00+07:00",
            // one office hour on Friday, Monday 27/4 is a day off, one more hour from 07:30 on Tuesday
            "2026-04-24T16:00, 2, WORKING_HOURS, 2026-04-28T08:30:00+07:00",
            // 30 calendar days from 01/08/2026 end on Monday 31/08 (swapped day off) → next working day 03/09
            "2026-08-01T09:00, 30, CALENDAR_DAYS, 2026-09-03T17:00:00+07:00"
    })
    void deadlineFollowsTheWorkingCalendar(String start, String amount, String unit, String dueAt) {
        Http.Response response = Http.anonymous(port).get("/api/calendar/deadline?start=" + start
                + (amount == null ? "" : "&amount=" + amount) + "&unit=" + unit);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("dueAt").asText()).isEqualTo(dueAt);
        assertThat(response.json().get("estimated").asBoolean()).isFalse();
    }

    @Test
    void deadlineInAYearWithoutOfficialDecisionIsMarkedEstimated() {
        JsonNode deadline = Http.anonymous(port)
                .get("/api/calendar/deadline?start=2027-12-30T09:00&amount=5&unit=WORKING_DAYS").json();
        assertThat(deadline.get("estimated").asBoolean()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/calendar/days?to=2026-01-01 | Thiếu tham số bắt buộc: from",
            "/api/calendar/days?from=2026-13-01&to=2026-12-31 | Ngày không hợp lệ cho tham số from",
            "/api/calendar/days?from=2026-02-30&to=2026-12-31 | Ngày không hợp lệ cho tham số from",
            "/api/calendar/days?from=2026-05-01&to=2026-04-01 | phải sau hoặc bằng ngày bắt đầu",
            "/api/calendar/days?from=2020-01-01&to=2026-01-01 | tối đa là 3 năm",
            "/api/calendar/days?from=1800-01-01&to=1800-01-02 | trong khoảng năm 1900",
            "/api/calendar/deadline?start=2026-01-05T08:00&amount=1&unit=WEEKS | Đơn vị thời hạn không hợp lệ",
            "/api/calendar/deadline?start=2026-01-05T08:00&amount=-1&unit=WORKING_DAYS | Thời hạn phải lớn hơn 0",
            "/api/calendar/deadline?start=2026-01-05T08:00&amount=abc&unit=WORKING_DAYS | Thời hạn không hợp lệ",
            "/api/calendar/deadline?start=2026-01-05T08:00&unit=WORKING_DAYS | Thiếu tham số bắt buộc: amount",
            "/api/calendar/deadline?start=05/01/2026&amount=1&unit=WORKING_DAYS | Thời điểm không hợp lệ",
            "/api/calendar/deadline?start=2026-01-05T08:00&amount=1.5&unit=CALENDAR_DAYS | phải là số nguyên",
            "/api/calendar/deadline?start=2026-01-05T08:00&amount=99999&unit=WORKING_DAYS | Thời hạn quá lớn",
            "/api/calendar/deadline?start=2026-01-05T08:00&unit=SAME_DAY&cutoff=25:00 | Thời hạn không hợp lệ"
    })
    void badInputGetsAClearVietnameseMessage(String path, String message) {
        Http.Response response = Http.anonymous(port).get(path);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("message").asText()).contains(message);
    }
}
