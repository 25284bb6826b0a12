package dev.rallypoint.support.web;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The request id that follows a call from the gateway through every service it reaches, in the
 * {@value #HEADER} header and the {@value #MDC_KEY} logging key.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";

    public static final String MDC_KEY = "requestId";

    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private RequestIds() {
    }

    /** The id the caller sent when it is well formed, otherwise a new one. */
    public static String acceptOrCreate(String sent) {
        return sent != null && ACCEPTED.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
    }
}
