package dev.rallypoint.notification.events;

import dev.rallypoint.notification.broadcast.Audience;
import dev.rallypoint.notification.inbox.Draft;
import dev.rallypoint.notification.preference.Category;
import java.util.List;

/** What an event causes: notifications for named members, one for a whole audience, or nothing. */
public sealed interface Notifications {

    static Notifications to(Draft... drafts) {
        return new ToMembers(List.of(drafts));
    }

    static Notifications none() {
        return new ToMembers(List.of());
    }

    /** Notifications for the members the event names; written in the consumer's transaction. */
    record ToMembers(List<Draft> drafts) implements Notifications {

        public ToMembers {
            drafts = List.copyOf(drafts);
        }
    }

    /** One notification for every member of an audience; fanned out in batches after the consumer's transaction. */
    record ToAudience(Audience audience, Category category, String template, List<Object> arguments, String link)
            implements Notifications {

        public ToAudience {
            arguments = List.copyOf(arguments);
        }
    }
}
