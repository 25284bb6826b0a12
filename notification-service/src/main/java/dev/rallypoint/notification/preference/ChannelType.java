package dev.rallypoint.notification.preference;

/** Where a notification reaches a member besides the in-app inbox, which every notification goes to. */
public enum ChannelType {

    EMAIL(false),
    SMS(true),
    PUSH(true);

    private final boolean silencedAtNight;

    ChannelType(boolean silencedAtNight) {
        this.silencedAtNight = silencedAtNight;
    }

    /** Whether quiet hours hold messages of this channel back until the morning. */
    public boolean silencedAtNight() {
        return silencedAtNight;
    }
}
