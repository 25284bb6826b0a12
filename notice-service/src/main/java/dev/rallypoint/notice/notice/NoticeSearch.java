package dev.rallypoint.notice.notice;

/**
 * Filters of a notice list.
 *
 * @param text words in the title or the body (case-insensitive)
 * @param category only this category
 * @param pinnedOnly only pinned notices
 */
record NoticeSearch(String text, NoticeCategory category, boolean pinnedOnly) {
}
