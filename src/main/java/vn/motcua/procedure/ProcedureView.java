package vn.motcua.procedure;

import java.util.List;

/**
 * A procedure as the catalogue shows it: limits in Vietnamese as the receipt prints them, plus the
 * machine form ({@code timeLimitCode}) for clients that compute with it.
 */
record ProcedureView(
        String code,
        String name,
        String field,
        String timeLimit,
        String timeLimitCode,
        List<CaseLimit> caseTimeLimits,
        List<PaperView> papers,
        List<String> fees,
        String result,
        String onlineService,
        String onlineServiceLevel,
        boolean interAgency,
        String unit,
        String unitName,
        String retention,
        List<String> legalBasis,
        String processKey,
        int version) {

    record CaseLimit(String label, String timeLimit, String timeLimitCode) {
    }

    record PaperView(String name, boolean reusable) {
    }

    static ProcedureView of(Procedure procedure, String unitName) {
        return new ProcedureView(procedure.code(), procedure.name(), procedure.field(),
                procedure.timeLimit().toVietnamese(), procedure.timeLimit().toString(),
                procedure.caseTimeLimits().stream().map(limit -> new CaseLimit(limit.label(),
                        limit.timeLimit().toVietnamese(), limit.timeLimit().toString())).toList(),
                procedure.papers().stream().map(paper -> new PaperView(paper.name(), paper.reusable())).toList(),
                procedure.fees(), procedure.result(), procedure.onlineService().vietnamese(),
                procedure.onlineService().name(), procedure.interAgency(), procedure.responsibleUnit(), unitName,
                procedure.retention().toVietnamese(), procedure.legalBasis(), procedure.processKey(),
                procedure.version());
    }
}
