package vn.motcua.deadline;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.motcua.MotCuaProperties;
import vn.motcua.calendar.deadline.DeadlineCalculator;
import vn.motcua.deadline.DeadlineChange.Outcome;

/**
 * Computes every open deadline again with a new calendar. A deadline that changes is moved: its
 * variable, and whatever the instance scheduled at the old moment (timer jobs, task due dates),
 * take the new date; one promised to a citizen is kept and only reported.
 *
 * <p>Takes the engine as an argument instead of its services as beans: it runs while the engine is
 * being built, before the job executor starts, when those beans do not exist yet.
 */
@Component
class Reprojection {

    private static final Logger log = LoggerFactory.getLogger(Reprojection.class);

    private final TrackedDeadlineRepository deadlines;
    private final ZoneId zone;

    Reprojection(TrackedDeadlineRepository deadlines, MotCuaProperties motcua) {
        this.deadlines = deadlines;
        this.zone = motcua.zone();
    }

    List<DeadlineChange> reproject(ProcessEngine engine, DeadlineCalculator calculator, CalendarRevision revision) {
        Map<String, List<TrackedDeadline>> byInstance = deadlines.findByOpenTrueOrderById().stream()
                .collect(Collectors.groupingBy(TrackedDeadline::processInstanceId, LinkedHashMap::new,
                        Collectors.toList()));
        List<DeadlineChange> changes = new ArrayList<>();
        byInstance.forEach((processInstanceId, tracked) -> {
            Map<TrackedDeadline, Instant> changed = new LinkedHashMap<>();
            for (TrackedDeadline deadline : tracked) {
                Instant due = calculator.dueAt(deadline.startedAt().atZone(zone), deadline.limit()).toInstant();
                if (!due.equals(deadline.dueAt())) {
                    changed.put(deadline, due);
                }
            }
            if (!changed.isEmpty()) {
                changes.addAll(new InstanceMove(engine, processInstanceId, revision).apply(tracked, changed));
            }
        });
        return changes;
    }

    /** The moves of one process instance, against one snapshot of it. */
    private static final class InstanceMove {

        private final RuntimeService runtime;
        private final TaskService tasks;
        private final ManagementService management;
        private final String processInstanceId;
        private final CalendarRevision revision;

        InstanceMove(ProcessEngine engine, String processInstanceId, CalendarRevision revision) {
            this.runtime = engine.getRuntimeService();
            this.tasks = engine.getTaskService();
            this.management = engine.getManagementService();
            this.processInstanceId = processInstanceId;
            this.revision = revision;
        }

        List<DeadlineChange> apply(List<TrackedDeadline> tracked, Map<TrackedDeadline, Instant> changed) {
            if (runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0) {
                // Ended without the end being seen (e.g. deleted skipping listeners): nothing left to move.
                tracked.forEach(TrackedDeadline::close);
                return List.of();
            }
            // One snapshot before any update, so that a date moved for one deadline is not moved again
            // by another deadline of the same instance whose old date it now equals.
            List<Job> timers = management.createJobQuery().processInstanceId(processInstanceId).timers().list();
            List<Task> openTasks = tasks.createTaskQuery().processInstanceId(processInstanceId).list();
            List<VariableInstance> variables = runtime.createVariableInstanceQuery()
                    .processInstanceIdIn(processInstanceId)
                    .variableNameIn(changed.keySet().stream().map(TrackedDeadline::variableName).toArray(String[]::new))
                    .disableBinaryFetching()
                    .disableCustomObjectDeserialization()
                    .list();
            List<DeadlineChange> changes = new ArrayList<>();
            changed.forEach((deadline, due) -> {
                if (deadline.committed()) {
                    log.warn("Deadline {} of process instance {} kept at {} (promised to the citizen); "
                            + "the new calendar gives {}", deadline.variableName(), processInstanceId,
                            deadline.dueAt(), due);
                    changes.add(new DeadlineChange(revision, deadline, due, Outcome.KEPT));
                    return;
                }
                move(deadline, due, timers, openTasks, variables);
                changes.add(new DeadlineChange(revision, deadline, due, Outcome.MOVED));
                deadline.moveTo(due);
            });
            return changes;
        }

        private void move(TrackedDeadline deadline, Instant due, List<Job> timers, List<Task> openTasks,
                          List<VariableInstance> variables) {
            Instant old = deadline.dueAt();
            Date moved = Date.from(due);
            int movedTimers = 0;
            int movedTasks = 0;
            for (Job timer : timers) {
                if (at(timer.getDuedate(), old)) {
                    management.setJobDuedate(timer.getId(), moved);
                    movedTimers++;
                }
            }
            for (Task task : openTasks) {
                if (at(task.getDueDate(), old)) {
                    task.setDueDate(moved);
                    tasks.saveTask(task);
                    movedTasks++;
                }
            }
            for (VariableInstance variable : variables) {
                // A variable someone has since set to another date is theirs, not the calendar's.
                if (variable.getName().equals(deadline.variableName())
                        && variable.getValue() instanceof Date value && at(value, old)) {
                    if (variable.getTaskId() != null) {
                        tasks.setVariableLocal(variable.getTaskId(), variable.getName(), moved);
                    } else {
                        runtime.setVariableLocal(variable.getExecutionId(), variable.getName(), moved);
                    }
                }
            }
            log.info("Deadline {} of process instance {} moved from {} to {} ({} timers, {} tasks)",
                    deadline.variableName(), processInstanceId, old, due, movedTimers, movedTasks);
        }

        /** By instant: the engine may hand back a java.sql.Timestamp, whose equals() rejects a Date. */
        private static boolean at(Date date, Instant instant) {
            return date != null && date.getTime() == instant.toEpochMilli();
        }
    }
}
