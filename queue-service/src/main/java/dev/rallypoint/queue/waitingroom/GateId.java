package dev.rallypoint.queue.waitingroom;

import java.util.regex.Pattern;

/** A gate's name, e.g. {@code event-date-<dateId>}: lower-case letters, digits and dashes. */
record GateId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    GateId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidGateId(value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
