package vn.motcua.deadline;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TrackedDeadlineRepository extends JpaRepository<TrackedDeadline, Long> {

    List<TrackedDeadline> findByOpenTrueOrderById();

    List<TrackedDeadline> findByProcessInstanceIdAndOpenTrue(String processInstanceId);

    List<TrackedDeadline> findByProcessInstanceIdAndVariableNameAndOpenTrue(String processInstanceId,
                                                                           String variableName);
}
