package dev.rallypoint.notification.preference;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One member's choices: the external channels per category (categories not chosen keep their defaults),
 * the language and zone messages are written in, quiet hours, and the addresses SMS and push need.
 */
@Entity
@Table(name = "preference")
public class Preferences {

    public static final Locale DEFAULT_LANGUAGE = Locale.KOREAN;

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Seoul");

    @Id
    private UUID memberId;

    private String language;

    private String timeZone;

    private LocalTime quietFrom;

    private LocalTime quietTo;

    private String phone;

    private String pushToken;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<Category, Set<ChannelType>> channels = new EnumMap<>(Category.class);

    private Instant updatedAt;

    @Version
    private Long version;

    protected Preferences() {
    }

    /** What a member who never chose anything has. */
    public static Preferences defaults(UUID memberId) {
        Preferences preferences = new Preferences();
        preferences.memberId = memberId;
        preferences.language = DEFAULT_LANGUAGE.getLanguage();
        preferences.timeZone = DEFAULT_ZONE.getId();
        preferences.quietFrom = QuietHours.DEFAULT.from();
        preferences.quietTo = QuietHours.DEFAULT.to();
        return preferences;
    }

    /** Replaces every choice at once (the member sends the whole set). */
    void choose(Locale language, ZoneId zone, QuietHours quietHours, String phone, String pushToken,
            Map<Category, Set<ChannelType>> channels, Clock clock) {
        this.language = language.getLanguage();
        this.timeZone = zone.getId();
        this.quietFrom = quietHours == null ? null : quietHours.from();
        this.quietTo = quietHours == null ? null : quietHours.to();
        this.phone = phone;
        this.pushToken = pushToken;
        EnumMap<Category, Set<ChannelType>> chosen = new EnumMap<>(Category.class);
        channels.forEach((category, types) -> chosen.put(category, types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types))));
        this.channels = chosen;
        this.updatedAt = clock.instant();
    }

    /** The external channels of a category for this member. */
    public Set<ChannelType> channelsFor(Category category) {
        Set<ChannelType> chosen = channels == null ? null : channels.get(category);
        return chosen != null ? chosen : category.defaultChannels();
    }

    /** Every category's channels, defaults filled in. */
    public Map<Category, Set<ChannelType>> allChannels() {
        Map<Category, Set<ChannelType>> all = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            all.put(category, channelsFor(category));
        }
        return all;
    }

    public UUID memberId() {
        return memberId;
    }

    public Locale language() {
        return Locale.forLanguageTag(language);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** The quiet hours; {@code null} when the member turned them off. */
    public QuietHours quietHours() {
        return quietFrom == null ? null : new QuietHours(quietFrom, quietTo);
    }

    public String phone() {
        return phone;
    }

    public String pushToken() {
        return pushToken;
    }

    /** Where a channel reaches this member, {@code null} when unknown; e-mail comes from the member directory. */
    public String addressFor(ChannelType channel, String email) {
        return switch (channel) {
            case EMAIL -> email;
            case SMS -> phone;
            case PUSH -> pushToken;
        };
    }

    /** When a message of a channel created at {@code now} may go out, quiet hours considered. */
    public Instant releaseOf(ChannelType channel, Instant now) {
        QuietHours quiet = quietHours();
        return channel.silencedAtNight() && quiet != null ? quiet.releaseOf(now, zone()) : now;
    }
}
