package dev.rallypoint.support.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose target is longer than the limit with 414, and one whose headers together
 * are larger than the limit with 431, both as problems. Tomcat itself accepts a much larger request
 * head ({@code server.max-http-request-header-size}) so that these answers, not its own, are what a
 * client normally sees; beyond that, {@link ProblemErrorReportValve} answers.
 */
class RequestHeadLimitFilter extends OncePerRequestFilter {

    private final long maxTarget;

    private final long maxHeaders;

    RequestHeadLimitFilter(long maxTarget, long maxHeaders) {
        this.maxTarget = maxTarget;
        this.maxHeaders = maxHeaders;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (request.getRequestURI().length() + (query != null ? query.length() + 1 : 0) > maxTarget) {
            response.sendError(HttpStatus.URI_TOO_LONG.value());
            return;
        }
        if (headerBytes(request) > maxHeaders) {
            response.sendError(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE.value());
            return;
        }
        chain.doFilter(request, response);
    }

    private static long headerBytes(HttpServletRequest request) {
        long total = 0;
        for (String name : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(name))) {
                total += name.length() + value.length() + 4;
            }
        }
        return total;
    }
}
