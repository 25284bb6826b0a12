package dev.rallypoint.notification.events;

import dev.rallypoint.common.event.user.CourtManagerApplicationDecided;
import dev.rallypoint.notification.inbox.Draft;
import dev.rallypoint.notification.preference.Category;
import org.springframework.stereotype.Component;

/** An admin decided the member's application to manage courts. */
@Component
class CourtManagerApplicationDecidedMapping implements EventMapping<CourtManagerApplicationDecided> {

    @Override
    public Class<CourtManagerApplicationDecided> type() {
        return CourtManagerApplicationDecided.class;
    }

    @Override
    public Notifications map(CourtManagerApplicationDecided event) {
        return Notifications.to(event.approved()
                ? Draft.to(event.userId(), Category.ACCOUNT, "manager-application.approved", "/manager", event.clubName())
                : Draft.to(event.userId(), Category.ACCOUNT, "manager-application.rejected", null, event.clubName(),
                        event.reason() == null ? "" : event.reason()));
    }
}
