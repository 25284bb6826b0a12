package dev.rallypoint.user.account;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Which channels a user wants to be notified on. */
@Embeddable
public record NotificationPreferences(
        @Column(name = "notify_email") boolean email,
        @Column(name = "notify_sms") boolean sms,
        @Column(name = "notify_push") boolean push,
        @Column(name = "notify_marketing") boolean marketing) {

    static final NotificationPreferences DEFAULTS = new NotificationPreferences(true, false, true, false);
}
