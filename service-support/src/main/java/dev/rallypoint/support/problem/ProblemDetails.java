package dev.rallypoint.support.problem;

import java.net.URI;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds RFC 9457 problems with the stable machine-readable {@code code} every RallyPoint error
 * carries. The human-readable detail is the message {@code problem.<code>} from the service's
 * {@code messages.properties}, formatted with the given arguments.
 */
public final class ProblemDetails {

    /** Base of every problem {@code type}; the code completes it. */
    public static final String TYPE_BASE = "https://rallypoint.dev/problems/";

    private final MessageSource messages;

    public ProblemDetails(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail of(HttpStatus status, String code, Object... args) {
        String detail = messages.getMessage("problem." + code, args, null, LocaleContextHolder.getLocale());
        return withCode(ProblemDetail.forStatusAndDetail(status, detail), code);
    }

    /** The generic code of a status, for errors no more specific code describes. */
    public static String codeFor(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        if (known == null) {
            return status.is5xxServerError() ? "internal-error" : "bad-request";
        }
        return switch (known) {
            case NOT_FOUND -> "not-found";
            case UNAUTHORIZED -> "unauthorized";
            case FORBIDDEN -> "forbidden";
            case CONFLICT -> "conflict";
            case CONTENT_TOO_LARGE -> "payload-too-large";
            case URI_TOO_LONG -> "uri-too-long";
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> "headers-too-large";
            case TOO_MANY_REQUESTS -> "too-many-requests";
            case SERVICE_UNAVAILABLE -> "service-unavailable";
            case GATEWAY_TIMEOUT -> "timeout";
            default -> status.is5xxServerError() ? "internal-error" : "bad-request";
        };
    }

    /** Stamps a problem with its code and the matching {@code type}. */
    public static ProblemDetail withCode(ProblemDetail problem, String code) {
        problem.setType(URI.create(TYPE_BASE + code));
        problem.setProperty("code", code);
        return problem;
    }
}
