package dev.rallypoint.market;

/**
 * A rule of market-service said no. Each subclass is named for the fact; the service's one advice turns it
 * into a problem with the stable {@link #code()} and the message {@code problem.<code>}.
 */
public abstract class MarketException extends RuntimeException {

    /** What kind of refusal it is, which decides the HTTP status. */
    public enum Kind {
        /** The request is malformed or contradicts itself (400). */
        INVALID,
        /** The caller may not do this here (403). */
        FORBIDDEN,
        /** No such resource, or none the caller may see (404). */
        NOT_FOUND,
        /** The resource's state does not allow it now (409). */
        CONFLICT,
        /** A service this depends on does not answer (503). */
        UNAVAILABLE
    }

    private final Kind kind;

    private final String code;

    private final transient Object[] arguments;

    protected MarketException(Kind kind, String code, Object... arguments) {
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
