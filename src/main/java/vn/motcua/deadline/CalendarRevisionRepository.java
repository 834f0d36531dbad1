package vn.motcua.deadline;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarRevisionRepository extends JpaRepository<CalendarRevision, Long> {

    Optional<CalendarRevision> findFirstByOrderByIdDesc();

    @EntityGraph(attributePaths = {"changes", "changes.deadline"})
    List<CalendarRevision> findAllByOrderByIdDesc();
}
