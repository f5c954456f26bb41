package dev.httpstatus.cli.guide;

import dev.httpstatus.Duty;
import dev.httpstatus.Method;
import dev.httpstatus.StatusCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a client should do next after receiving a code: wait, follow Location, re-authenticate,
 * retry (when, and whether it is safe for the method), or fix the request. Built from the catalog's
 * facts (header duties, retryability, class, what a redirect does to the method).
 *
 * <pre>{@code
 * Advice.nextSteps(StatusCode.UNAUTHORIZED, Optional.empty())
 * // ["Authenticate: answer one of the challenges in WWW-Authenticate …", …]
 * }</pre>
 */
public final class Advice {

    private Advice() {}

    /** The steps in the order a client would take them; never empty. */
    public static List<String> nextSteps(StatusCode c, Optional<Method> method) {
        List<String> steps = new ArrayList<>();
        int code = c.code();
        if (c.isInformational()) {
            steps.add(code == 101 ? "Speak the protocol named in Upgrade on this connection from now on."
                    : "Keep waiting: this is an interim response and the final one follows on the same request.");
        } else if (c.isSuccess()) {
            steps.add("Nothing to fix: the request succeeded.");
        } else if (code == 304) {
            steps.add("Use the stored copy: it is still valid; refresh its metadata from this response's headers.");
        } else if (c.isRedirection()) {
            redirect(c, method, steps);
        }
        if (has(c, "WWW-Authenticate")) {
            steps.add("Authenticate: answer one of the challenges in WWW-Authenticate with (new) credentials and"
                    + " send the request again; if fresh credentials fail too, they lack access.");
        }
        if (has(c, "Proxy-Authenticate")) {
            steps.add("Authenticate to the proxy: answer a challenge in Proxy-Authenticate in Proxy-Authorization.");
        }
        boolean challenged = has(c, "WWW-Authenticate") || has(c, "Proxy-Authenticate");
        switch (c.retry()) {
            case AFTER_DELAY -> {
                steps.add(has(c, "Retry-After")
                        ? "Retry later: wait as long as Retry-After says; without it, back off exponentially with jitter."
                        : "Retry: back off exponentially with jitter between attempts and give up after a few.");
                method.filter(m -> !m.isIdempotent()).ifPresent(m ->
                        steps.add(m + " is not idempotent: retry only if you know the first request was not processed,"
                                + " or the API offers an idempotency key."));
            }
            case IF_RETRY_AFTER -> steps.add("If the response carries Retry-After, the condition is temporary: send"
                    + " the request again after that delay. Otherwise change the request before sending it again.");
            case MAYBE_LATER -> steps.add("Check the URI for mistakes. Nothing says whether the absence lasts, so the"
                    + " same request may succeed later; a 410 would say it will not.");
            case AFTER_CHANGE -> {
                if (!challenged) {
                    steps.add("Do not resend it unchanged: change the request first, as the description explains.");
                }
            }
            case NOT_EXPECTED -> {
                if (!challenged) {
                    steps.add("Do not retry blindly: the failure is on the server; report it with the time and request.");
                }
            }
            case NOT_NEEDED -> { }
        }
        for (Duty d : c.headerDuties()) {
            String field = d.field().orElseThrow();
            if ((c.isError() || c.isSuccess() || code == 103) && !d.isGeneral() && !d.level().forbids()
                    && !isHandledAbove(c, field)) {
                steps.add("Read " + field + " (" + d.when() + ").");
            }
        }
        return List.copyOf(steps);
    }

    private static void redirect(StatusCode c, Optional<Method> method, List<String> steps) {
        if (c.isDeprecated() || c.registration().name().equals("RESERVED")) {
            steps.add("Do not act on it: the code is no longer in use; treat it as an error from the server.");
            return;
        }
        if (!has(c, "Location")) {
            steps.add("Choose among the alternatives the response lists.");
            return;
        }
        Method m = method.orElse(null);
        if (c.redirectMethod().isEmpty()) {
            steps.add("Follow Location if it is present, or pick one of the listed choices.");
            return;
        }
        steps.add(switch (c.redirectMethod().get()) {
            case CHANGES_TO_GET -> "Fetch the URI in Location with GET: it holds the result, not the resource you sent to.";
            case KEPT -> "Follow Location, repeating the same method" + (m == null ? "" : " (" + m + ")")
                    + " and body: this code forbids changing them.";
            case POST_MAY_CHANGE_TO_GET -> "Follow Location. Clients may turn a POST into a GET on the way; send 307"
                    + " or 308 when the method must be kept.";
        });
        if (c.isPermanentRedirect()) {
            steps.add("Update stored links and bookmarks: the move is permanent.");
        }
    }

    private static boolean isHandledAbove(StatusCode c, String header) {
        return header.equals("WWW-Authenticate") || header.equals("Proxy-Authenticate")
                || header.equals("Retry-After") && (c.isRetryable() || c.retry() == dev.httpstatus.Retry.IF_RETRY_AFTER);
    }

    private static boolean has(StatusCode c, String header) {
        for (Duty d : c.headerDuties()) {
            if (!d.level().forbids() && d.field().orElseThrow().equals(header)) {
                return true;
            }
        }
        return false;
    }
}
