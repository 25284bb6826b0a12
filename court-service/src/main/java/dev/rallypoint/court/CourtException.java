package dev.rallypoint.court;

/**
 * A business rule of court-service said no. Each subclass is named for the fact and knows nothing of
 * HTTP; {@code problem.CourtProblems}, the service's one advice, decides its status and turns it into a problem
 * with the stable {@link #code()} and the message {@code problem.<code>} formatted with {@link #arguments()}.
 */
public abstract class CourtException extends RuntimeException {

    private final String code;

    private final transient Object[] arguments;

    protected CourtException(String code, Object... arguments) {
        super(code, null, false, false);
        this.code = code;
        this.arguments = arguments;
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
