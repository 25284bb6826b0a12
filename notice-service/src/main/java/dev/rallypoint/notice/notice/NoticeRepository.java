package dev.rallypoint.notice.notice;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface NoticeRepository extends JpaRepository<Notice, UUID> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select n from Notice n where n.id = :id")
    Optional<Notice> findForUpdate(UUID id);

    /** Notices whose publish-at has come and that are not published yet, locked, skipping those another instance is publishing. */
    @Query(value = """
            select * from notice where published_at is null and publish_at <= :now
            order by publish_at limit :batch for update skip locked""", nativeQuery = true)
    List<Notice> findDueForPublication(Instant now, int batch);
}
