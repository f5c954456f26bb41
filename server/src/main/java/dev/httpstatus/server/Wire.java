package dev.httpstatus.server;

/**
 * The protocol a request arrived on. Decides what may be sent back: no interim responses and no
 * Upgrade for HTTP/1.0 (RFC 9110 §15.2, §7.8), no connection-specific fields over HTTP/2 (RFC 9113 §8.2.2).
 *
 * <pre>{@code Wire.HTTP_2.major()  // 2}</pre>
 */
enum Wire {
    HTTP_1_0(1),
    HTTP_1_1(1),
    HTTP_2(2);

    private final int major;

    Wire(int major) {
        this.major = major;
    }

    int major() {
        return major;
    }

    /** Whether interim (1xx) responses and protocol upgrades can be sent on this wire. */
    boolean allowsInterim() {
        return this != HTTP_1_0;
    }
}
