package dev.rallypoint.court.club;

import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;

/** For tests that count a request's work: the court's setup read into memory just now, as it is under load. */
public final class FreshSetup {

    private FreshSetup() {
    }

    public static void load(ApplicationEventPublisher events, Clubs clubs, UUID courtId) {
        events.publishEvent(new CourtSetupChanged(Set.of(courtId)));
        clubs.bookable(courtId);
    }
}
