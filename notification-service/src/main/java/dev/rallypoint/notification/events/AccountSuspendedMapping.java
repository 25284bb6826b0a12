package dev.rallypoint.notification.events;

import dev.rallypoint.common.event.user.AccountSuspended;
import dev.rallypoint.notification.inbox.Draft;
import dev.rallypoint.notification.preference.Category;
import org.springframework.stereotype.Component;

/** An admin suspended the member's account; they can no longer sign in, so e-mail matters here. */
@Component
class AccountSuspendedMapping implements EventMapping<AccountSuspended> {

    @Override
    public Class<AccountSuspended> type() {
        return AccountSuspended.class;
    }

    @Override
    public Notifications map(AccountSuspended event) {
        return Notifications.to(Draft.to(event.aggregateId(), Category.ACCOUNT, "account.suspended", null,
                event.reason() == null ? "" : event.reason()));
    }
}
