package vn.motcua.procedure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;

import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.deadline.TimeLimit;
import vn.motcua.calendar.deadline.TimeUnitKind;

/**
 * The rules every procedure model must keep (docs/procedures.md, "Guard"), as a list of problems so a
 * test shows all of them at once. Budgets are compared in office hours:
 * <ul>
 *   <li>a path's need = the {@code step.budget}s of the user tasks on one start-to-end path of the called
 *       process (loops taken once) + the frame's {@code step.budget}s on its longest path from the call
 *       activity to the frame's end;</li>
 *   <li>the path's limit = {@code procedure.timeLimit}, or, when the path passes a step marked
 *       {@code step.case}, the longest {@code procedure.caseTimeLimit} of those cases;</li>
 *   <li>WORKING_DAYS × the office day; SAME_DAY = office time left after the cut-off (a dossier received
 *       just before the cut-off is due when the office closes); CALENDAR_DAYS = the fewest working days any
 *       window of that many days can hold with two rest days a week (holidays not deducted).</li>
 * </ul>
 */
final class ProcedureModelCheck {

    private final Set<String> groups;
    private final Set<String> forms;
    private final OfficeHours hours;
    private final BigDecimal frameHours;

    ProcedureModelCheck(Set<String> groups, Set<String> forms, OfficeHours hours, BpmnModelInstance frame) {
        this.groups = groups;
        this.forms = forms;
        this.hours = hours;
        this.frameHours = frame == null ? BigDecimal.ZERO : frameBudget(frame);
    }

    /** Problems of every process in {@code model} that declares {@code procedure.code}; empty when it keeps the rules. */
    List<String> problems(BpmnModelInstance model) {
        List<String> problems = new ArrayList<>();
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (ProcedureModel.values(process, ProcedureModel.CODE).isEmpty()) {
                continue;
            }
            Procedure procedure;
            try {
                procedure = ProcedureModel.read(process, process.getId(), 1).orElseThrow();
            } catch (IllegalStateException e) {
                problems.add(e.getMessage());
                continue;
            }
            check(model, process, procedure, problems);
        }
        return problems;
    }

    private void check(BpmnModelInstance model, Process process, Procedure procedure, List<String> problems) {
        String key = process.getId();
        if (!groups.contains(procedure.responsibleUnit())) {
            problems.add(key + ": đơn vị " + procedure.responsibleUnit() + " không có trong organisation.yaml");
        }
        if (process.isCamundaStartableInTasklist()) {
            problems.add(key + ": quy trình xử lý chỉ được khởi động từ khung một cửa (isStartableInTasklist=false)");
        }
        Set<String> cases = procedure.caseTimeLimits().stream().map(Procedure.CaseTimeLimit::label)
                .collect(Collectors.toSet());
        for (UserTask task : process.getChildElementsByType(UserTask.class)) {
            checkTask(key, task, cases, problems);
        }
        checkDiagram(model, key, problems);
        if (problems.isEmpty()) {
            checkBudgets(process, procedure, problems);
        }
    }

    private void checkTask(String key, UserTask task, Set<String> cases, List<String> problems) {
        String where = key + "/" + task.getId();
        List<String> candidates = split(task.getCamundaCandidateGroups());
        if (candidates.isEmpty()) {
            problems.add(where + ": chưa có nhóm xử lý (candidateGroups)");
        }
        candidates.stream().filter(group -> !groups.contains(group)).forEach(group ->
                problems.add(where + ": nhóm " + group + " không có trong organisation.yaml"));
        Optional<String> budget = single(task, ProcedureModel.STEP_BUDGET);
        if (budget.isEmpty()) {
            problems.add(where + ": thiếu step.budget");
        } else {
            try {
                TimeLimit limit = TimeLimit.parse(budget.get());
                if (limit.unit() != TimeUnitKind.WORKING_HOURS && limit.unit() != TimeUnitKind.WORKING_DAYS) {
                    problems.add(where + ": step.budget phải tính bằng WORKING_HOURS hoặc WORKING_DAYS");
                }
            } catch (IllegalArgumentException e) {
                problems.add(where + ": " + e.getMessage());
            }
        }
        if (single(task, ProcedureModel.STEP_RECORD).isEmpty()) {
            problems.add(where + ": thiếu step.record");
        }
        single(task, ProcedureModel.STEP_CASE).filter(label -> !cases.contains(label)).ifPresent(label ->
                problems.add(where + ": step.case '" + label + "' không khớp procedure.caseTimeLimit nào"));
        if (task.getCamundaFormRef() == null || !forms.contains(task.getCamundaFormRef())) {
            problems.add(where + ": biểu mẫu '" + task.getCamundaFormRef() + "' không có trong forms/");
        } else if (!"deployment".equals(task.getCamundaFormRefBinding())) {
            problems.add(where + ": formRefBinding phải là deployment");
        }
    }

    private static void checkDiagram(BpmnModelInstance model, String key, List<String> problems) {
        Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
                .map(shape -> shape.getBpmnElement().getId()).collect(Collectors.toSet());
        Set<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
                .map(edge -> edge.getBpmnElement().getId()).collect(Collectors.toSet());
        ids(model.getModelElementsByType(FlowNode.class)).stream().filter(id -> !shapes.contains(id))
                .forEach(id -> problems.add(key + ": thiếu hình vẽ (DI) của " + id));
        ids(model.getModelElementsByType(SequenceFlow.class)).stream().filter(id -> !edges.contains(id))
                .forEach(id -> problems.add(key + ": thiếu đường vẽ (DI) của " + id));
    }

    private void checkBudgets(Process process, Procedure procedure, List<String> problems) {
        List<Path> paths = new ArrayList<>();
        process.getChildElementsByType(StartEvent.class)
                .forEach(start -> walk(start, new ArrayList<>(), BigDecimal.ZERO, new LinkedHashSet<>(), paths));
        for (Path path : paths) {
            TimeLimit limit = path.cases().isEmpty() ? procedure.timeLimit()
                    : procedure.caseTimeLimits().stream().filter(limitCase -> path.cases().contains(limitCase.label()))
                            .map(Procedure.CaseTimeLimit::timeLimit)
                            .max((a, b) -> capacity(a).compareTo(capacity(b))).orElseThrow();
            BigDecimal need = path.hours().add(frameHours);
            if (need.compareTo(capacity(limit)) > 0) {
                problems.add(process.getId() + ": các bước " + path.nodes() + " cần " + plain(need)
                        + " giờ làm việc (gồm " + plain(frameHours) + " giờ của khung), vượt thời hạn " + limit
                        + " = " + plain(capacity(limit)) + " giờ làm việc");
            }
        }
    }

    private record Path(List<String> nodes, BigDecimal hours, Set<String> cases) {
    }

    private void walk(FlowNode node, List<String> nodes, BigDecimal hours, Set<String> cases, List<Path> paths) {
        if (nodes.contains(node.getId())) {
            return; // a loop back (rework) is not a longer legal path: the clock does not restart
        }
        List<String> here = new ArrayList<>(nodes);
        BigDecimal total = hours;
        Set<String> onPath = new LinkedHashSet<>(cases);
        if (node instanceof UserTask task) {
            here.add(task.getId());
            total = total.add(budgetHours(task));
            single(task, ProcedureModel.STEP_CASE).ifPresent(onPath::add);
        } else {
            here.add(node.getId());
        }
        Collection<SequenceFlow> outgoing = node.getOutgoing();
        if (outgoing.isEmpty()) {
            paths.add(new Path(here.stream().filter(id -> node.getModelInstance().getModelElementById(id)
                    instanceof UserTask).toList(), total, onPath));
            return;
        }
        for (SequenceFlow flow : outgoing) {
            walk(flow.getTarget(), here, total, onPath, paths);
        }
    }

    /** The frame's own step budgets on its longest path from the call activity to its end (0 when it declares none). */
    private BigDecimal frameBudget(BpmnModelInstance frame) {
        return frame.getModelElementsByType(CallActivity.class).stream()
                .map(call -> longestAfter(call, new LinkedHashSet<>()))
                .max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }

    private BigDecimal longestAfter(FlowNode node, Set<String> seen) {
        if (!seen.add(node.getId())) {
            return BigDecimal.ZERO;
        }
        Collection<SequenceFlow> outgoing = node.getOutgoing();
        if (outgoing.isEmpty() && node.getParentElement() instanceof SubProcess parent && !parent.triggeredByEvent()) {
            outgoing = parent.getOutgoing();
        }
        BigDecimal best = BigDecimal.ZERO;
        for (SequenceFlow flow : outgoing) {
            FlowNode next = flow.getTarget();
            BigDecimal own = next instanceof UserTask task ? budgetHours(task) : BigDecimal.ZERO;
            BigDecimal candidate = own.add(longestAfter(next, new LinkedHashSet<>(seen)));
            best = best.max(candidate);
        }
        return best;
    }

    private BigDecimal budgetHours(UserTask task) {
        return single(task, ProcedureModel.STEP_BUDGET).map(TimeLimit::parse)
                .map(this::capacity)
                .orElse(BigDecimal.ZERO);
    }

    /** The office hours a limit guarantees (see the class comment). */
    BigDecimal capacity(TimeLimit limit) {
        BigDecimal day = hoursOf(hours.workingTimePerDay());
        return switch (limit.unit()) {
            case WORKING_HOURS -> limit.amount();
            case WORKING_DAYS -> limit.amount().multiply(day);
            case CALENDAR_DAYS -> {
                int days = limit.amount().intValueExact();
                int restDays = 2 * (days / 7) + Math.min(2, days % 7);
                yield BigDecimal.valueOf(days - restDays).multiply(day);
            }
            case SAME_DAY -> Stream.concat(Stream.of(hours.defaultSessions()),
                            hours.seasons().stream().map(OfficeHours.Season::sessions))
                    .map(sessions -> afterCutoff(sessions, limit.sameDayCutoff()))
                    .min(BigDecimal::compareTo).orElseThrow();
        };
    }

    private static BigDecimal afterCutoff(List<OfficeHours.Session> sessions, LocalTime cutoff) {
        Duration left = Duration.ZERO;
        for (OfficeHours.Session session : sessions) {
            LocalTime from = cutoff.isAfter(session.start()) ? cutoff : session.start();
            if (from.isBefore(session.end())) {
                left = left.plus(Duration.between(from, session.end()));
            }
        }
        return hoursOf(left);
    }

    private static BigDecimal hoursOf(Duration duration) {
        return BigDecimal.valueOf(duration.toMinutes()).divide(BigDecimal.valueOf(60), MathContext.DECIMAL64);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static Optional<String> single(BaseElement element, String name) {
        return ProcedureModel.values(element, name).stream().findFirst();
    }

    private static List<String> split(String groups) {
        return groups == null ? List.of() : Stream.of(groups.split(",")).map(String::strip)
                .filter(group -> !group.isEmpty()).toList();
    }

    private static Set<String> ids(Collection<? extends BaseElement> elements) {
        return elements.stream().map(BaseElement::getId).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
