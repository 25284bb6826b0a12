package dev.rallypoint.notification.member;

import java.util.UUID;

/** A member closed their account: every part of the service forgets what it keeps about them. In-process only. */
public record MemberWithdrawn(UUID memberId) {
}
