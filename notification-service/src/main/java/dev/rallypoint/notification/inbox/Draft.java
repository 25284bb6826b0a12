package dev.rallypoint.notification.inbox;

import dev.rallypoint.notification.preference.Category;
import java.util.List;
import java.util.UUID;

/**
 * A notification to write for one member: a template of the message bundle and its arguments, rendered in
 * the member's language and zone when it is created (instants are shown as local date and time).
 *
 * @param template key prefix in {@code notification-templates}: {@code <template>.title} and {@code <template>.body}
 * @param arguments the template's arguments: strings, numbers, instants
 * @param link where the app opens it, e.g. {@code /reservations/<id>}; may be {@code null}
 */
public record Draft(UUID recipient, Category category, String template, List<Object> arguments, String link) {

    public Draft {
        arguments = List.copyOf(arguments);
    }

    public static Draft to(UUID recipient, Category category, String template, String link, Object... arguments) {
        return new Draft(recipient, category, template, List.of(arguments), link);
    }
}
