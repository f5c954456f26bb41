/**
 * OkHttp support: an interceptor that checks every response a client receives. OkHttp itself is
 * the user's.
 *
 * <pre>{@code
 * OkHttpClient client = new OkHttpClient.Builder()
 *         .addNetworkInterceptor(ConformanceInterceptor.failOn(Severity.ERROR)).build();
 * }</pre>
 */
module dev.httpstatus.okhttp {
    requires transitive dev.httpstatus.check;
    requires transitive okhttp3;

    exports dev.httpstatus.okhttp;
}
