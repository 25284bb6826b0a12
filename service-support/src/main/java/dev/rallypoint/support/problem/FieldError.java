package dev.rallypoint.support.problem;

/**
 * One rejected input of a {@code validation-failed} problem: where it was and what is wrong with it.
 */
public record FieldError(String field, String message) {
}
