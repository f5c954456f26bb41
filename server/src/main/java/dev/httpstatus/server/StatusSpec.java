package dev.httpstatus.server;

import dev.httpstatus.StatusCode;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The code part of a status path: one code ({@code 404}) or a weighted choice
 * ({@code 200,201:3,500:0.5}, httpbin's syntax: weight 1 when omitted).
 *
 * <pre>{@code StatusSpec.pick("200,503:3")  // 503 three times in four}</pre>
 */
final class StatusSpec {

    static final int MAX_CHOICES = 64;

    private StatusSpec() {}

    /** Parses a single code, 100–999; anything else is a 400 naming the value. */
    static StatusCode single(String text) {
        if (text.isEmpty() || text.length() > 3 || !allDigits(text)) {
            throw ProblemException.badParameter("code", text,
                    "a status code is a three-digit number from 100 to 999");
        }
        int n = Integer.parseInt(text);
        if (n < StatusCode.MIN_CODE) {
            throw ProblemException.badParameter("code", text,
                    "a status code is a three-digit number from 100 to 999");
        }
        return StatusCode.of(n);
    }

    /** Parses and draws one code from {@code spec}. */
    static StatusCode pick(String spec) {
        if (spec.indexOf(',') < 0 && spec.indexOf(':') < 0) {
            return single(spec);
        }
        String[] items = spec.split(",", -1);
        if (items.length > MAX_CHOICES) {
            throw ProblemException.badParameter("code", spec, "at most " + MAX_CHOICES + " choices");
        }
        StatusCode[] codes = new StatusCode[items.length];
        double[] weights = new double[items.length];
        double total = 0;
        for (int i = 0; i < items.length; i++) {
            String item = items[i];
            int colon = item.indexOf(':');
            codes[i] = single(colon < 0 ? item : item.substring(0, colon));
            weights[i] = colon < 0 ? 1 : weight(item.substring(colon + 1), item);
            total += weights[i];
        }
        if (!(total > 0)) {
            throw ProblemException.badParameter("code", spec, "the weights add up to zero");
        }
        double r = ThreadLocalRandom.current().nextDouble(total);
        for (int i = 0; i < codes.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return codes[i];
            }
        }
        return codes[codes.length - 1]; // rounding left a sliver
    }

    /**
     * httpstat.us's {@code /random/} list: codes and inclusive ranges ({@code 200,500-504}), one
     * drawn uniformly per listed entry (a range counts once per code in it).
     */
    static StatusCode uniform(String spec) {
        String[] items = spec.split(",", -1);
        if (items.length > MAX_CHOICES) {
            throw ProblemException.badParameter("code", spec, "at most " + MAX_CHOICES + " entries");
        }
        int[] from = new int[items.length];
        int[] to = new int[items.length];
        int total = 0;
        for (int i = 0; i < items.length; i++) {
            String item = items[i];
            int dash = item.indexOf('-', 1);
            from[i] = single(dash < 0 ? item : item.substring(0, dash)).code();
            to[i] = dash < 0 ? from[i] : single(item.substring(dash + 1)).code();
            if (to[i] < from[i]) {
                throw ProblemException.badParameter("code", item, "a range goes from the lower code to the higher");
            }
            total += to[i] - from[i] + 1;
        }
        int pick = ThreadLocalRandom.current().nextInt(total);
        for (int i = 0; i < items.length; i++) {
            int n = to[i] - from[i] + 1;
            if (pick < n) {
                return StatusCode.of(from[i] + pick);
            }
            pick -= n;
        }
        throw new IllegalStateException("unreachable");
    }

    private static double weight(String text, String item) {
        try {
            double w = Double.parseDouble(text);
            if (w >= 0 && w <= 1e6) {
                return w;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.badParameter("code", item, "a weight is a number from 0 to 1000000");
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
