package org.readtrack.web;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.MDC;

/**
 * What every log line of a request says about it (as MDC keys, which the text pattern and the structured
 * formats both show): its id, the client's address and, once its token is verified, the caller's account.
 * {@link RequestLogFilter} sets and clears them; only the caller is learnt later, inside the security chain.
 */
public final class LoggingContext {

    static final String REQUEST_ID = "request_id";
    static final String CLIENT = "client";
    static final String USER_ID = "user_id";
    /** Kept on the request too, for an access line written from another thread (an asynchronous answer). */
    static final String USER_ID_ATTRIBUTE = LoggingContext.class.getName() + ".userId";

    private LoggingContext() {
    }

    /** Called once the request's bearer token is verified. */
    public static void callerIdentified(HttpServletRequest request, long userId) {
        String id = Long.toString(userId);
        request.setAttribute(USER_ID_ATTRIBUTE, id);
        MDC.put(USER_ID, id);
    }
}
