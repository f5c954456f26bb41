/**
 * The httpstatus core: every HTTP status code as a value, with its registry facts, history,
 * vendor meanings and the duties the RFCs tie to it. No dependencies beyond {@code java.base}.
 *
 * <pre>{@code
 * StatusCode nf = StatusCode.of(404);
 * nf.reasonPhrase();          // "Not Found"
 * nf.isCacheableByDefault();  // true
 * }</pre>
 */
module dev.httpstatus.core {
    exports dev.httpstatus;
}
