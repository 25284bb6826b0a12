package dev.rallypoint.support.security;

import dev.rallypoint.support.problem.ProblemDetails;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 as problems, keeping the RFC 6750 {@code WWW-Authenticate} header; the detail is
 * fixed text, never the reason a token was refused.
 */
final class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, AccessTokens.challenge(ex));
        write(request, response, HttpStatus.UNAUTHORIZED, "A valid access token is required.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, AccessTokens.INSUFFICIENT);
        if (ex instanceof AuthorizationDeniedException denied && denied.getAuthorizationResult() instanceof VerifiedEmail.Unverified) {
            write(request, response, HttpStatus.FORBIDDEN, "email-not-verified",
                    "Confirm your e-mail address first (follow the link we sent), then sign in again or refresh your token.");
            return;
        }
        write(request, response, HttpStatus.FORBIDDEN, "You may not do this.");
    }

    static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        write(request, response, status, ProblemDetails.codeFor(status), detail);
    }

    static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
            String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", ProblemDetails.TYPE_BASE + code);
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        problem.put("code", code);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
