package dev.rallypoint.notice.notice;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface NoticeRevisionRepository extends JpaRepository<NoticeRevision, UUID> {

    List<NoticeRevision> findByNoticeIdOrderByNumberDesc(UUID noticeId);

    int countByNoticeId(UUID noticeId);
}
