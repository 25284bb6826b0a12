package dev.rallypoint.support.idempotency;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a money-moving endpoint: it requires an {@code Idempotency-Key} header and runs at most once
 * per caller and key. The same key with the same request replays the first response; with a
 * different request it is refused (422); while the first request is still running, 409.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Idempotent {

    String HEADER = "Idempotency-Key";
}
