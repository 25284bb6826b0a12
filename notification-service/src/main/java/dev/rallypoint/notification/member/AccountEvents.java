package dev.rallypoint.notification.member;

import dev.rallypoint.common.event.user.AccountSuspended;
import dev.rallypoint.common.event.user.UserRegistered;
import dev.rallypoint.common.event.user.UserRoleChanged;
import dev.rallypoint.common.event.user.UserWithdrawn;
import dev.rallypoint.notification.preference.MemberPreferences;
import dev.rallypoint.support.messaging.ProcessedEvents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the member directory from user-service's account events, each once. A withdrawn member is
 * forgotten here and in the preferences, and the rest of the service is told ({@link MemberWithdrawn}).
 * Its own consumer group: the notification of a suspension reads the same topic apart.
 */
@Component
class AccountEvents {

    static final String GROUP = "notification-service.members";

    private final ProcessedEvents processed;

    private final Members members;

    private final MemberPreferences preferences;

    private final ApplicationEventPublisher events;

    AccountEvents(ProcessedEvents processed, Members members, MemberPreferences preferences,
            ApplicationEventPublisher events) {
        this.processed = processed;
        this.members = members;
        this.preferences = preferences;
        this.events = events;
    }

    @KafkaListener(topics = "user.user-registered", groupId = GROUP)
    void on(UserRegistered registered) {
        processed.once(registered, "notification.members.user-registered", () -> members.registered(
                registered.aggregateId(), registered.email(), registered.nickname(), registered.roles(),
                registered.occurredAt()));
    }

    @KafkaListener(topics = "user.user-role-changed", groupId = GROUP)
    void on(UserRoleChanged changed) {
        processed.once(changed, "notification.members.user-role-changed",
                () -> members.rolesChanged(changed.aggregateId(), changed.roles()));
    }

    @KafkaListener(topics = "user.account-suspended", groupId = GROUP)
    void on(AccountSuspended suspended) {
        processed.once(suspended, "notification.members.account-suspended",
                () -> members.suspended(suspended.aggregateId()));
    }

    @KafkaListener(topics = "user.user-withdrawn", groupId = GROUP)
    void on(UserWithdrawn withdrawn) {
        processed.once(withdrawn, "notification.members.user-withdrawn", () -> {
            members.forget(withdrawn.aggregateId());
            preferences.forget(withdrawn.aggregateId());
            events.publishEvent(new MemberWithdrawn(withdrawn.aggregateId()));
        });
    }
}
