package vn.motcua.procedure;

import java.util.List;

import vn.motcua.calendar.deadline.TimeLimit;

/**
 * An administrative procedure as its deployed BPMN model states it (extension properties
 * {@code procedure.*} on the process, see docs/procedures.md). Nothing here is repeated in Java or YAML.
 *
 * @param processKey          the processing part, called by the shared dossier frame
 * @param processDefinitionId the deployed version this was read from
 * @param version             that version's number; a dossier keeps the version in force when it was received
 * @param timeLimit           the legal limit of the ordinary case
 * @param caseTimeLimits      longer limits the desk may choose at acceptance (e.g. when verification is needed)
 * @param legalBasis          document numbers and articles, one entry per document
 * @param responsibleUnit     candidate group of the unit that processes the dossier
 * @param fees                fees and charges, one entry per rule
 * @param retention           how long the dossier's records are kept
 */
public record Procedure(
        String code,
        String name,
        String field,
        String processKey,
        String processDefinitionId,
        int version,
        TimeLimit timeLimit,
        List<CaseTimeLimit> caseTimeLimits,
        List<String> legalBasis,
        String responsibleUnit,
        List<Paper> papers,
        String result,
        List<String> fees,
        OnlineService onlineService,
        boolean interAgency,
        Retention retention) {

    public Procedure {
        caseTimeLimits = List.copyOf(caseTimeLimits);
        legalBasis = List.copyOf(legalBasis);
        papers = List.copyOf(papers);
        fees = List.copyOf(fees);
    }

    /** A paper of the dossier; a reusable one may be taken from an earlier dossier or the citizen's data store. */
    public record Paper(String name, boolean reusable) {
    }

    /** A longer limit for a named case, e.g. {@code 5 WORKING_DAYS | Cần xác minh}. */
    public record CaseTimeLimit(TimeLimit timeLimit, String label) {

        /** Reads {@code <TimeLimit> | <Vietnamese case label>}. */
        public static CaseTimeLimit parse(String text) {
            int bar = text == null ? -1 : text.indexOf('|');
            if (bar < 0 || text.substring(bar + 1).isBlank()) {
                throw new IllegalArgumentException("Thời hạn theo trường hợp phải có dạng '<thời hạn> | <trường hợp>', "
                        + "nhận được: '" + text + "'");
            }
            return new CaseTimeLimit(TimeLimit.parse(text.substring(0, bar)), text.substring(bar + 1).strip());
        }
    }

    /** Online public-service level under Decree 42/2022/NĐ-CP Art. 11(1). */
    public enum OnlineService {
        /** Dịch vụ công trực tuyến toàn trình. */
        FULL("Toàn trình"),
        /** Dịch vụ công trực tuyến một phần. */
        PARTIAL("Một phần");

        private final String vietnamese;

        OnlineService(String vietnamese) {
            this.vietnamese = vietnamese;
        }

        public String vietnamese() {
            return vietnamese;
        }
    }

    /** Record retention: permanent, or a number of years. */
    public record Retention(Integer years) {

        public static final Retention PERMANENT = new Retention(null);

        public Retention {
            if (years != null && years <= 0) {
                throw new IllegalArgumentException("Thời hạn lưu trữ phải lớn hơn 0 năm");
            }
        }

        /** Reads {@code PERMANENT} or {@code <n> YEARS}. */
        public static Retention parse(String text) {
            String value = text == null ? "" : text.strip();
            if (value.equals("PERMANENT")) {
                return PERMANENT;
            }
            String[] parts = value.split("\\s+");
            if (parts.length == 2 && parts[1].equals("YEARS") && parts[0].matches("[0-9]{1,3}")) {
                return new Retention(Integer.parseInt(parts[0]));
            }
            throw new IllegalArgumentException("Thời hạn lưu trữ phải là 'PERMANENT' hoặc '<n> YEARS', nhận được: '"
                    + text + "'");
        }

        public boolean permanent() {
            return years == null;
        }

        public String toVietnamese() {
            return permanent() ? "Vĩnh viễn" : years + " năm";
        }
    }

    public List<String> paperNames() {
        return papers.stream().map(Paper::name).toList();
    }
}
