package dev.rallypoint.support.idempotency;

import dev.rallypoint.support.idempotency.IdempotencyKeys.StoredKey;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

/**
 * Runs an {@link Idempotent} endpoint at most once per caller and key: claims the key before the
 * handler runs, replays the stored response to repeats, and stores the response once the first
 * execution finished. A server error releases the key, so the client may try again.
 */
class IdempotencyInterceptor implements HandlerInterceptor {

    static final String REPLAYED = "Idempotent-Replayed";

    private static final Pattern WELL_FORMED = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private static final String CLAIM = IdempotencyInterceptor.class.getName() + ".claim";

    private final IdempotencyKeys keys;

    IdempotencyInterceptor(IdempotencyKeys keys) {
        this.keys = keys;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        if (!(handler instanceof HandlerMethod method) || !method.hasMethodAnnotation(Idempotent.class)) {
            return true;
        }
        String key = request.getHeader(Idempotent.HEADER);
        if (key == null || !WELL_FORMED.matcher(key).matches()) {
            throw new IdempotencyKeyMissing();
        }
        String scope = scope();
        String fingerprint = fingerprint(request);
        if (keys.claim(scope, key, fingerprint)) {
            request.setAttribute(CLAIM, new Claim(scope, key));
            return true;
        }
        StoredKey stored = keys.find(scope, key).orElseThrow(IdempotencyKeyInFlight::new);
        if (!stored.fingerprint().equals(fingerprint)) {
            throw new IdempotencyKeyReused();
        }
        if (!stored.completed()) {
            throw new IdempotencyKeyInFlight();
        }
        replay(stored, response);
        return false;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (!(request.getAttribute(CLAIM) instanceof Claim claim)) {
            return;
        }
        ContentCachingResponseWrapper buffered = WebUtils.getNativeResponse(response, ContentCachingResponseWrapper.class);
        if (ex != null || buffered == null || response.getStatus() >= 500) {
            keys.release(claim.scope(), claim.key());
            return;
        }
        keys.complete(claim.scope(), claim.key(), response.getStatus(), response.getContentType(),
                response.getHeader(HttpHeaders.LOCATION), buffered.getContentAsByteArray());
    }

    private static void replay(StoredKey stored, HttpServletResponse response) throws IOException {
        response.setStatus(stored.status());
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, stored.location());
        }
        response.setHeader(REPLAYED, "true");
        if (stored.body() != null) {
            response.getOutputStream().write(stored.body());
        }
    }

    /** Keys belong to the caller: two users may use the same key without meeting. */
    private static String scope() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new IllegalStateException("Idempotent endpoints must require authentication");
        }
        return authentication.getName();
    }

    private static String fingerprint(HttpServletRequest request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            if (WebUtils.getNativeRequest(request, IdempotencyFilter.BodyRequest.class) instanceof IdempotencyFilter.BodyRequest body) {
                digest.update(body.body());
            }
            return HexFormat.of().formatHex(digest.digest());
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private record Claim(String scope, String key) {
    }
}
