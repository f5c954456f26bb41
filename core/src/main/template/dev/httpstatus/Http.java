package dev.httpstatus;

/**
 * Status codes as {@code int} compile-time constants, named as Django REST framework names them, for
 * {@code switch} labels, annotations and code that deals in plain numbers.
 *
 * <pre>{@code
 * switch (response.statusCode()) {
 *     case Http.HTTP_404_NOT_FOUND -> showMissing();
 *     case Http.HTTP_429_TOO_MANY_REQUESTS -> backOff();
 *     default -> { }
 * }
 * }</pre>
 *
 * <p>Every code in the IANA registry has a constant {@code HTTP_<code>_<StatusCode constant>}.
 * Where DRF keeps an older phrase (306, 413, 414, 416, 422) its name exists too, and so does its
 * 509, a vendor code. {@link StatusCode#drfName()} gives DRF's spelling for each code. The names
 * are generated from the registry table ({@code core/src/main/catalog/registry.tsv}).
 */
public final class Http {

    private Http() {}

    // @generated-constants
}
