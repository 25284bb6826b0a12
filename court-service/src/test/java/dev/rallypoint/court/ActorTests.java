package dev.rallypoint.court;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rallypoint.common.identity.Role;
import dev.rallypoint.support.security.Caller;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The capacity someone acts in: derived from the caller, stored and published by name. */
class ActorTests {

    @Test
    void anAdministratorActsAsAdminEvenWhenAlsoAMember() {
        Caller admin = new Caller(UUID.randomUUID().toString(), Set.of(Role.MEMBER, Role.ADMIN));

        assertThat(Actor.staffOf(admin)).isEqualTo(Actor.ADMIN);
    }

    @Test
    void otherStaffActsAsTheClubsManager() {
        Caller manager = new Caller(UUID.randomUUID().toString(), Set.of(Role.MEMBER, Role.COURT_MANAGER));

        assertThat(Actor.staffOf(manager)).isEqualTo(Actor.MANAGER);
    }

    @Test
    void theNamesAreTheValuesInTheDatabaseAndTheEventContracts() {
        assertThat(Actor.values()).extracting(Actor::name).containsExactly("MEMBER", "MANAGER", "ADMIN", "SYSTEM");
        assertThat(Actor.valueOf("SYSTEM")).isEqualTo(Actor.SYSTEM);
    }
}
