package dev.rallypoint.court;

/**
 * A business rule of court-service said no. Each subclass is named for the fact; the service's one
 * advice turns it into a problem with the stable {@link #code()} and the message
 * {@code problem.<code>} formatted with {@link #arguments()}.
 */
public abstract class CourtException extends RuntimeException {

    /** What kind of refusal it is, which decides the HTTP status. */
    public enum Kind {
        /** The request is malformed or self-contradictory (400). */
        INVALID,
        /** The request is well-formed but a booking rule refuses it (422). */
        REFUSED,
        /** The caller may not do this to this resource (403). */
        FORBIDDEN,
        /** No such resource, or none the caller may see (404). */
        NOT_FOUND,
        /** The resource's current state does not allow it (409). */
        CONFLICT
    }

    private final Kind kind;

    private final String code;

    private final transient Object[] arguments;

    protected CourtException(Kind kind, String code, Object... arguments) {
        super(code, null, false, false);
        this.kind = kind;
        this.code = code;
        this.arguments = arguments;
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
