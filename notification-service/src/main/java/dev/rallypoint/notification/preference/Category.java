package dev.rallypoint.notification.preference;

import java.util.EnumSet;
import java.util.Set;

/** What a notification is about; preferences choose channels per category. */
public enum Category {

    RESERVATION(ChannelType.EMAIL, ChannelType.PUSH),
    PAYMENT(ChannelType.EMAIL, ChannelType.PUSH),
    TICKETING(ChannelType.EMAIL, ChannelType.PUSH),
    NOTICE(ChannelType.PUSH),
    ACCOUNT(ChannelType.EMAIL),
    ANNOUNCEMENT(ChannelType.EMAIL, ChannelType.PUSH),
    MATCH(ChannelType.PUSH),
    MARKET(ChannelType.PUSH),
    WAITLIST(ChannelType.PUSH),
    WALK_IN(ChannelType.PUSH);

    private final Set<ChannelType> defaults;

    Category(ChannelType... defaults) {
        this.defaults = Set.copyOf(EnumSet.of(defaults[0], defaults));
    }

    /** The external channels a member who chose nothing gets; the inbox always comes on top. */
    public Set<ChannelType> defaultChannels() {
        return defaults;
    }
}
