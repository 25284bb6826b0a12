package dev.rallypoint.notification.inbox;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The texts of notifications, from the {@code notification-templates} message bundle: Korean by default,
 * English where the member chose it. Instants are shown in the member's zone, numbers in their locale.
 */
@Component
public class Templates {

    private final ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();

    Templates() {
        bundle.setBasename("notification-templates");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        bundle.setAlwaysUseMessageFormat(true);
    }

    /** A notification's title and body in the language and zone. */
    public Text render(String template, List<Object> arguments, Locale language, ZoneId zone) {
        Object[] shown = arguments.stream().map(argument -> shown(argument, language, zone)).toArray();
        return new Text(bundle.getMessage(template + ".title", shown, language),
                bundle.getMessage(template + ".body", shown, language));
    }

    /** A fixed text of the bundle, such as an e-mail's footer. */
    public String text(String key, Locale language) {
        return bundle.getMessage(key, null, language);
    }

    private static Object shown(Object argument, Locale language, ZoneId zone) {
        if (argument instanceof Instant instant) {
            return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(language)
                    .format(instant.atZone(zone));
        }
        return argument;
    }

    /** A rendered title and body. */
    public record Text(String title, String body) {
    }
}
