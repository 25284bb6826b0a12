package dev.rallypoint.notification.preference;

import java.time.LocalTime;
import java.util.Map;
import java.util.Set;

/** A member's preferences, every category listed with its channels. */
record PreferenceView(String language, String timeZone, Window quietHours, String phone, String pushToken,
        Map<Category, Set<ChannelType>> channels) {

    record Window(LocalTime from, LocalTime to) {
    }

    static PreferenceView from(Preferences preferences) {
        QuietHours quiet = preferences.quietHours();
        return new PreferenceView(preferences.language().getLanguage(), preferences.zone().getId(),
                quiet == null ? null : new Window(quiet.from(), quiet.to()), preferences.phone(), preferences.pushToken(),
                preferences.allChannels());
    }
}
