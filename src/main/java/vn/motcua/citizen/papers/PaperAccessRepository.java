package vn.motcua.citizen.papers;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PaperAccessRepository extends JpaRepository<PaperAccess, Long> {

    List<PaperAccess> findByOwnerIdOrderByAccessedAtAscIdAsc(String ownerId);
}
