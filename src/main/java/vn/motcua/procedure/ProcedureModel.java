package vn.motcua.procedure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

import vn.motcua.calendar.deadline.TimeLimit;

/**
 * The property scheme of procedure models (docs/procedures.md): the names below are the contract between
 * modellers (who get them from the element templates in bpmn/.camunda) and the code that reads them.
 */
public final class ProcedureModel {

    public static final String PREFIX = "procedure.";
    public static final String CODE = PREFIX + "code";
    public static final String NAME = PREFIX + "name";
    public static final String FIELD = PREFIX + "field";
    public static final String LEGAL_BASIS = PREFIX + "legalBasis";
    public static final String TIME_LIMIT = PREFIX + "timeLimit";
    public static final String CASE_TIME_LIMIT = PREFIX + "caseTimeLimit";
    public static final String FEE = PREFIX + "fee";
    public static final String PAPER = PREFIX + "paper";
    public static final String REUSABLE_PAPER = PREFIX + "reusablePaper";
    public static final String RESULT = PREFIX + "result";
    public static final String UNIT = PREFIX + "unit";
    public static final String ONLINE_SERVICE = PREFIX + "onlineService";
    public static final String INTER_AGENCY = PREFIX + "interAgency";
    public static final String RETENTION = PREFIX + "retention";

    /** Process-level properties, in the order the element template offers them. */
    public static final List<String> PROCESS_PROPERTIES = List.of(CODE, NAME, FIELD, LEGAL_BASIS, TIME_LIMIT,
            CASE_TIME_LIMIT, FEE, PAPER, REUSABLE_PAPER, RESULT, UNIT, ONLINE_SERVICE, INTER_AGENCY, RETENTION);

    public static final String STEP_BUDGET = "step.budget";
    public static final String STEP_RECORD = "step.record";
    /** Optional: the step only runs in the named case of a {@code procedure.caseTimeLimit}. */
    public static final String STEP_CASE = "step.case";

    public static final List<String> STEP_PROPERTIES = List.of(STEP_BUDGET, STEP_RECORD, STEP_CASE);

    /** Variables a called process sets when it finds the request ineligible after acceptance. */
    public static final String OUTCOME_VARIABLE = "processingOutcome";
    public static final String REFUSAL_REASON_VARIABLE = "refusalReason";

    private ProcedureModel() {
    }

    /**
     * The procedure a process declares, or empty when it declares no {@code procedure.code} (the frame,
     * internal processes).
     *
     * @throws IllegalStateException naming the property when the model states a procedure badly
     */
    public static Optional<Procedure> read(Process process, String processDefinitionId, int version) {
        Properties properties = Properties.of(process);
        Optional<String> code = properties.first(CODE);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        String key = process.getId();
        try {
            List<String> papers = properties.all(PAPER);
            Set<String> reusable = new LinkedHashSet<>(properties.all(REUSABLE_PAPER));
            List<String> unknown = reusable.stream().filter(name -> !papers.contains(name)).toList();
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException(REUSABLE_PAPER + " không có trong " + PAPER + ": " + unknown);
            }
            return Optional.of(new Procedure(
                    code.get(),
                    properties.required(NAME),
                    properties.required(FIELD),
                    key,
                    processDefinitionId,
                    version,
                    TimeLimit.parse(properties.required(TIME_LIMIT)),
                    properties.all(CASE_TIME_LIMIT).stream().map(Procedure.CaseTimeLimit::parse).toList(),
                    properties.requiredAll(LEGAL_BASIS),
                    properties.required(UNIT),
                    papers.stream().map(name -> new Procedure.Paper(name, reusable.contains(name))).toList(),
                    properties.required(RESULT),
                    properties.requiredAll(FEE),
                    onlineService(properties.required(ONLINE_SERVICE)),
                    bool(properties.required(INTER_AGENCY)),
                    Procedure.Retention.parse(properties.required(RETENTION))));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Quy trình " + key + ": " + e.getMessage(), e);
        }
    }

    /** The {@code camunda:property} values of one element, in document order. */
    public static List<String> values(BaseElement element, String name) {
        return Properties.of(element).all(name);
    }

    private static Procedure.OnlineService onlineService(String value) {
        try {
            return Procedure.OnlineService.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(ONLINE_SERVICE + " phải là FULL hoặc PARTIAL, nhận được: '" + value + "'");
        }
    }

    private static boolean bool(String value) {
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException(INTER_AGENCY + " phải là true hoặc false, nhận được: '" + value + "'");
        }
        return Boolean.parseBoolean(value);
    }

    private record Properties(List<CamundaProperty> properties) {

        static Properties of(BaseElement element) {
            List<CamundaProperty> found = new ArrayList<>();
            ExtensionElements extensions = element.getExtensionElements();
            if (extensions != null) {
                extensions.getElementsQuery().filterByType(CamundaProperties.class).list()
                        .forEach(group -> found.addAll(group.getCamundaProperties()));
            }
            return new Properties(found);
        }

        Optional<String> first(String name) {
            return all(name).stream().findFirst();
        }

        List<String> all(String name) {
            return properties.stream()
                    .filter(property -> name.equals(property.getCamundaName()))
                    .map(CamundaProperty::getCamundaValue)
                    .filter(value -> value != null && !value.isBlank())
                    .map(String::strip)
                    .toList();
        }

        String required(String name) {
            List<String> values = all(name);
            if (values.size() != 1) {
                throw new IllegalArgumentException(values.isEmpty() ? "thiếu thuộc tính " + name
                        : "thuộc tính " + name + " chỉ được khai báo một lần");
            }
            return values.get(0);
        }

        List<String> requiredAll(String name) {
            List<String> values = all(name);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("thiếu thuộc tính " + name);
            }
            return values;
        }
    }
}
