package dev.rallypoint.match;

/**
 * A rule of match-service said no. Each subclass is named for the fact; the service's one advice turns it
 * into a problem with the stable {@link #code()} and the message {@code problem.<code>}.
 */
public abstract class MatchException extends RuntimeException {

    /** What kind of refusal it is, which decides the HTTP status. */
    public enum Kind {
        /** The request is malformed or contradicts itself (400). */
        INVALID,
        /** The caller may not do this (403). */
        FORBIDDEN,
        /** No such resource, or none the caller may see (404). */
        NOT_FOUND,
        /** The resource is not in a state that allows it (409). */
        CONFLICT,
        /** A service this depends on does not answer (503). */
        UNAVAILABLE
    }

    private final Kind kind;

    private final String code;

    private final transient Object[] arguments;

    protected MatchException(Kind kind, String code, Object... arguments) {
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
