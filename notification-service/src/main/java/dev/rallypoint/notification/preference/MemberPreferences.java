package dev.rallypoint.notification.preference;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The preferences of members as the rest of the service reads them: a member who chose nothing has the defaults. */
@Component
public class MemberPreferences {

    private final PreferenceRepository preferences;

    private final Clock clock;

    MemberPreferences(PreferenceRepository preferences, Clock clock) {
        this.preferences = preferences;
        this.clock = clock;
    }

    /** The preferences of each of the members, in one read. */
    public Map<UUID, Preferences> of(Collection<UUID> memberIds) {
        Map<UUID, Preferences> found = preferences.findByMemberIdIn(memberIds).stream()
                .collect(Collectors.toMap(Preferences::memberId, Function.identity()));
        return memberIds.stream().distinct()
                .collect(Collectors.toMap(Function.identity(), id -> found.getOrDefault(id, Preferences.defaults(id))));
    }

    public Preferences of(UUID memberId) {
        return preferences.findById(memberId).orElseGet(() -> Preferences.defaults(memberId));
    }

    @Transactional
    Preferences choose(UUID memberId, Locale language, ZoneId zone, QuietHours quietHours, String phone,
            String pushToken, Map<Category, Set<ChannelType>> channels) {
        Preferences chosen = preferences.findById(memberId).orElseGet(() -> Preferences.defaults(memberId));
        chosen.choose(language, zone, quietHours, phone, pushToken, channels, clock);
        return preferences.save(chosen);
    }

    /** Forgets a withdrawn member's choices and addresses. */
    @Transactional
    public void forget(UUID memberId) {
        preferences.deleteById(memberId);
    }
}
