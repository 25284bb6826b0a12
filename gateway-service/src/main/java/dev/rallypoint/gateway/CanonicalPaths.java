package dev.rallypoint.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The one spelling of a request path that the gateway decides on and forwards. Services accept many
 * spellings of the same resource (an upper-case or shortened UUID, percent-encoded letters, matrix
 * parameters, doubled or trailing slashes); a gate, a rate-limit budget or an access rule keyed on
 * the raw path could be walked around with any of them. So every path is brought to one form before
 * any decision: unreserved characters decoded, matrix parameters and empty segments dropped, UUIDs
 * in their lower-case canonical form. A path that cannot be made unambiguous (a dot segment, an
 * encoded slash or backslash, a NUL) is refused.
 */
final class CanonicalPaths {

    /** What {@link UUID#fromString} accepts: hexadecimal groups of up to 8-4-4-4-12 digits, each optionally signed. */
    private static final Pattern UUID_SPELLING = Pattern.compile(
            "[+-]?\\p{XDigit}{1,8}-[+-]?\\p{XDigit}{1,4}-[+-]?\\p{XDigit}{1,4}-[+-]?\\p{XDigit}{1,4}-[+-]?\\p{XDigit}{1,12}");

    private CanonicalPaths() {
    }

    /** The canonical form of a raw (still percent-encoded) path; empty when it has none. */
    static Optional<String> of(String rawPath) {
        if (rawPath.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        List<String> segments = new ArrayList<>();
        for (String raw : rawPath.split("/")) {
            int matrix = raw.indexOf(';');
            String segment = matrix >= 0 ? raw.substring(0, matrix) : raw;
            Optional<String> decoded = decodeUnreserved(segment);
            if (decoded.isEmpty()) {
                return Optional.empty();
            }
            segment = decoded.get();
            if (segment.equals(".") || segment.equals("..")) {
                return Optional.empty();
            }
            if (!segment.isEmpty()) {
                segments.add(canonicalId(segment));
            }
        }
        return Optional.of("/" + String.join("/", segments));
    }

    private static String canonicalId(String segment) {
        if (!UUID_SPELLING.matcher(segment).matches()) {
            return segment;
        }
        try {
            return UUID.fromString(segment).toString();
        }
        catch (IllegalArgumentException notAUuid) {
            return segment;
        }
    }

    /**
     * Decodes escapes of unreserved characters (RFC 3986: letters, digits, {@code -._~}), keeps other
     * escapes in upper-case hex, and refuses escapes of {@code /}, {@code \} and NUL.
     */
    private static Optional<String> decodeUnreserved(String segment) {
        if (segment.indexOf('%') < 0) {
            return Optional.of(segment);
        }
        StringBuilder result = new StringBuilder(segment.length());
        for (int index = 0; index < segment.length(); index++) {
            char current = segment.charAt(index);
            if (current != '%') {
                result.append(current);
                continue;
            }
            if (index + 2 >= segment.length()) {
                return Optional.empty();
            }
            int high = Character.digit(segment.charAt(index + 1), 16);
            int low = Character.digit(segment.charAt(index + 2), 16);
            if (high < 0 || low < 0) {
                return Optional.empty();
            }
            char escaped = (char) (high * 16 + low);
            if (escaped == '/' || escaped == '\\' || escaped == 0) {
                return Optional.empty();
            }
            if (unreserved(escaped)) {
                result.append(escaped);
            }
            else {
                result.append('%').append(segment.substring(index + 1, index + 3).toUpperCase(Locale.ROOT));
            }
            index += 2;
        }
        return Optional.of(result.toString());
    }

    private static boolean unreserved(char candidate) {
        return (candidate >= 'a' && candidate <= 'z') || (candidate >= 'A' && candidate <= 'Z')
                || (candidate >= '0' && candidate <= '9') || candidate == '-' || candidate == '.' || candidate == '_'
                || candidate == '~';
    }
}
