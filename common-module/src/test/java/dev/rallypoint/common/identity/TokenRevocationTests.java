package dev.rallypoint.common.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TokenRevocationTests {

    final UUID user = UUID.randomUUID();

    final Instant now = Instant.parse("2026-12-03T10:00:00.700Z");

    @Test
    void revokesTokensIssuedUpToTheSecondOfTheChangeAndNoneLater() {
        TokenRevocation revocation = TokenRevocation.ofUser(user, now);

        assertThat(revocation.revokes(Instant.parse("2026-12-03T09:50:00Z"))).isTrue();
        assertThat(revocation.revokes(Instant.parse("2026-12-03T10:00:00Z"))).as("same second, issued just before").isTrue();
        assertThat(revocation.revokes(Instant.parse("2026-12-03T10:00:01Z"))).isFalse();
        assertThat(revocation.revokes(null)).isTrue();
    }

    @Test
    void travelsAsAMessageAndAsAKeyAndItsValue() {
        TokenRevocation revocation = TokenRevocation.ofAdmission("event-date-1", user, now);

        assertThat(TokenRevocation.parse(revocation.message())).contains(revocation);
        assertThat(TokenRevocation.parse("rp:", revocation.key("rp:"), revocation.value())).contains(revocation);
        assertThat(revocation.key("rp:")).isEqualTo("rp:revoked:admission:event-date-1:" + user);
        assertThat(TokenRevocation.parse("garbage")).isEmpty();
        assertThat(TokenRevocation.parse("user:x notanumber")).isEmpty();
        assertThat(TokenRevocation.parse("rp:", "rp:rate:x", "1")).isEmpty();
    }
}
