package vn.motcua.calendar.deadline;

/** How a procedure's time limit is expressed in its legal text. */
public enum TimeUnitKind {
    /** "… ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ". */
    WORKING_DAYS,
    /** Internal step budgets in office hours ("02 giờ"). */
    WORKING_HOURS,
    /** Plain days ("không quá 30 ngày"), counted under the Civil Code. */
    CALENDAR_DAYS,
    /** "Ngay trong ngày; … nhận hồ sơ sau 15 giờ … trả kết quả trong ngày làm việc tiếp theo". */
    SAME_DAY
}
