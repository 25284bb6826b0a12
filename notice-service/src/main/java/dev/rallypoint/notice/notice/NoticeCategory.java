package dev.rallypoint.notice.notice;

/** What a notice is about. */
public enum NoticeCategory {
    GENERAL, EVENT, MAINTENANCE, POLICY, PROMOTION
}
