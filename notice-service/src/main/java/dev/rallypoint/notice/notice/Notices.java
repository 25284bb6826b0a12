package dev.rallypoint.notice.notice;

import com.querydsl.core.BooleanBuilder;
import com.querydsl.jpa.impl.JPAQuery;
import com.querydsl.jpa.impl.JPAQueryFactory;
import dev.rallypoint.notice.Paged;
import dev.rallypoint.notice.club.ClubManagers;
import dev.rallypoint.support.scheduling.Batches;
import dev.rallypoint.support.security.Caller;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The use cases of notices. Writing a club notice needs a manager of that club (court-service decides) or
 * an admin; platform notices are admins'. Reads show only published, unexpired notices, pinned first, then
 * newest; authors also see their club's scheduled and expired ones.
 */
@Component
class Notices {

    private static final Logger log = LoggerFactory.getLogger(Notices.class);

    private static final QNotice NOTICE = QNotice.notice;

    private final NoticeRepository notices;

    private final NoticeRevisionRepository revisions;

    private final ClubManagers managers;

    private final JPAQueryFactory queries;

    private final TransactionTemplate transactions;

    private final Clock clock;

    Notices(NoticeRepository notices, NoticeRevisionRepository revisions, ClubManagers managers, JPAQueryFactory queries,
            TransactionTemplate transactions, Clock clock) {
        this.notices = notices;
        this.revisions = revisions;
        this.managers = managers;
        this.queries = queries;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Posts a notice of a club the caller manages, or (admins, {@code clubId} null) of the platform. */
    Notice post(Caller caller, UUID clubId, NoticeContent content) {
        requireConsistent(content);
        requireAuthor(caller, clubId);
        Notice posted = transactions.execute(status -> notices.save(Notice.post(clubId, content, caller.userId(), clock)));
        log.info("Notice {} posted by {} for {}: publish at {}", posted.id(), caller.subject(),
                clubId == null ? "the platform" : "club " + clubId, posted.publishAt());
        return posted;
    }

    /** Edits a notice the caller may write; the previous text becomes a revision. */
    Notice edit(Caller caller, UUID id, NoticeContent content) {
        requireConsistent(content);
        Notice current = notices.findById(id).orElseThrow(() -> new NoticeNotFound(id));
        requireAuthor(caller, current.clubId());
        return transactions.execute(status -> {
            Notice notice = notices.findForUpdate(id).orElseThrow(() -> new NoticeNotFound(id));
            revisions.save(notice.edit(content, revisions.countByNoticeId(id) + 1, caller.userId(), clock));
            return notices.save(notice);
        });
    }

    /** Deletes a notice the caller may write, with its revisions. */
    void delete(Caller caller, UUID id) {
        Notice notice = notices.findById(id).orElseThrow(() -> new NoticeNotFound(id));
        requireAuthor(caller, notice.clubId());
        transactions.executeWithoutResult(status -> notices.deleteById(id));
        log.info("Notice {} deleted by {}", id, caller.subject());
    }

    /** A notice as its authors see it (also before it is published). */
    @Transactional(readOnly = true)
    Notice authored(Caller caller, UUID id) {
        Notice notice = notices.findById(id).orElseThrow(() -> new NoticeNotFound(id));
        requireAuthor(caller, notice.clubId());
        return notice;
    }

    @Transactional(readOnly = true)
    List<NoticeRevision> revisions(Caller caller, UUID id) {
        authored(caller, id);
        return revisions.findByNoticeIdOrderByNumberDesc(id);
    }

    /** A notice anyone may read: published and not expired. */
    @Transactional(readOnly = true)
    Notice visible(UUID id) {
        return notices.findById(id).filter(notice -> notice.isVisible(clock.instant()))
                .orElseThrow(() -> new NoticeNotFound(id));
    }

    /**
     * Published, unexpired notices of the platform ({@code clubId} null) or of a club, pinned first, then
     * newest, matching the search.
     */
    @Transactional(readOnly = true)
    Paged<NoticeSummary> search(UUID clubId, NoticeSearch search, Pageable page) {
        Instant now = clock.instant();
        BooleanBuilder where = new BooleanBuilder(clubId == null ? NOTICE.clubId.isNull() : NOTICE.clubId.eq(clubId))
                .and(NOTICE.publishedAt.isNotNull())
                .and(NOTICE.expiresAt.isNull().or(NOTICE.expiresAt.gt(now)));
        if (search.category() != null) {
            where.and(NOTICE.category.eq(search.category()));
        }
        if (search.text() != null && !search.text().isBlank()) {
            String text = search.text().strip();
            where.and(NOTICE.title.containsIgnoreCase(text).or(NOTICE.body.containsIgnoreCase(text)));
        }
        if (search.pinnedOnly()) {
            where.and(NOTICE.pinned.isTrue());
        }
        JPAQuery<Notice> query = queries.selectFrom(NOTICE).where(where);
        long total = queries.select(NOTICE.count()).from(NOTICE).where(where).fetchOne();
        List<NoticeSummary> content = query.orderBy(NOTICE.pinned.desc(), NOTICE.publishedAt.desc(), NOTICE.id.desc())
                .offset(page.getOffset()).limit(page.getPageSize()).fetch().stream().map(NoticeSummary::from).toList();
        return Paged.of(new PageImpl<>(content, page, total), summary -> summary);
    }

    /** Publishes every notice whose time has come; answers how many. Any number of instances may run it. */
    int publishDue(int batch) {
        return Batches.drain(batch, () -> {
            Integer published = transactions.execute(status -> {
                List<Notice> due = notices.findDueForPublication(clock.instant(), batch);
                due.forEach(notice -> {
                    if (notice.publishIfDue(clock)) {
                        log.info("Notice {} published on schedule", notice.id());
                    }
                });
                notices.saveAll(due);
                return due.size();
            });
            return published == null ? 0 : published;
        });
    }

    private void requireAuthor(Caller caller, UUID clubId) {
        if (clubId == null) {
            if (!caller.isAdmin()) {
                throw new PlatformNoticeForAdmins();
            }
            return;
        }
        managers.requireManager(caller, clubId);
    }

    private void requireConsistent(NoticeContent content) {
        Instant publishAt = content.publishAt() == null ? clock.instant() : content.publishAt();
        if (content.expiresAt() != null && !content.expiresAt().isAfter(publishAt)) {
            throw new InvalidNotice("expires-before-publication");
        }
    }
}
