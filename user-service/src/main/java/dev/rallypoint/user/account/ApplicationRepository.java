package dev.rallypoint.user.account;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import jakarta.persistence.LockModeType;

interface ApplicationRepository extends JpaRepository<CourtManagerApplication, UUID> {

    Optional<CourtManagerApplication> findFirstByAccountIdOrderBySubmittedAtDesc(UUID accountId);

    boolean existsByAccountIdAndStatus(UUID accountId, ApplicationStatus status);

    Page<CourtManagerApplication> findByStatus(ApplicationStatus status, Pageable page);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from CourtManagerApplication a where a.id = :id")
    Optional<CourtManagerApplication> findForDecision(UUID id);
}
