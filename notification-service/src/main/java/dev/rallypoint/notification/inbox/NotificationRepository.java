package dev.rallypoint.notification.inbox;

import dev.rallypoint.notification.preference.Category;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, UUID> {

    Optional<Notification> findByIdAndRecipientId(UUID id, UUID recipientId);

    @Query("""
            select n from Notification n
            where n.recipientId = :recipientId
              and (:unreadOnly = false or n.readAt is null)
              and (cast(:category as string) is null or n.category = :category)""")
    Page<Notification> inbox(UUID recipientId, boolean unreadOnly, Category category, Pageable pageable);

    @Query("select count(n) from Notification n where n.recipientId = :recipientId and n.readAt is null")
    long countUnread(UUID recipientId);

    /** What a reconnecting stream missed: the recipient's notifications after the last one it got, oldest first. */
    @Query("select n from Notification n where n.recipientId = :recipientId and n.id > :after order by n.id")
    List<Notification> after(UUID recipientId, UUID after, Pageable limit);

    @Modifying
    @Query("update Notification n set n.readAt = :now where n.recipientId = :recipientId and n.readAt is null")
    int markAllRead(UUID recipientId, Instant now);

    @Modifying
    @Query("delete from Notification n where n.recipientId = :recipientId")
    int deleteAllOf(UUID recipientId);
}
