package dev.httpstatus.flink.input;

import dev.httpstatus.check.model.Fact;
import java.io.Serializable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which key of a JSON access-log line holds which fact of the exchange. Written as a comma-separated
 * list of presets and {@code fact=key} pairs, later entries overriding earlier ones.
 *
 * <pre>{@code
 * FieldMap.parse("nginx");                       // nginx's variable names as keys (see README)
 * FieldMap.parse("envoy,host=upstream_host");    // Envoy's operators as Istio names them, one changed
 * FieldMap.parse("status=code,method=verb,url=uri,time=ts");
 * }</pre>
 *
 * <p>Presets (keys as our README's nginx {@code log_format} and Envoy {@code json_format} write them):
 * <ul>
 * <li>{@code nginx}: status=status, method=request_method, path=request_uri, host=host, scheme=scheme,
 *     protocol=server_protocol, bytes=body_bytes_sent, time=time_iso8601;</li>
 * <li>{@code envoy}: status=response_code, method=method, path=path, host=authority,
 *     protocol=protocol, bytes=bytes_sent, time=start_time.</li>
 * </ul>
 */
public final class FieldMap implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> PRESETS = Map.of(
            "nginx", "status=status,method=request_method,path=request_uri,host=host,scheme=scheme,"
                    + "protocol=server_protocol,bytes=body_bytes_sent,time=time_iso8601",
            "envoy", "status=response_code,method=method,path=path,host=authority,protocol=protocol,"
                    + "bytes=bytes_sent,time=start_time");

    private final EnumMap<LogField, String> keys;
    private final String spec;

    private FieldMap(EnumMap<LogField, String> keys, String spec) {
        this.keys = keys;
        this.spec = spec;
    }

    /**
     * The mapping {@code spec} describes.
     *
     * @throws IllegalArgumentException naming the item that is neither a preset nor {@code fact=key},
     *                                  an unknown fact, or a mapping without {@code status}
     */
    public static FieldMap parse(String spec) {
        EnumMap<LogField, String> keys = new EnumMap<>(LogField.class);
        add(keys, spec);
        if (!keys.containsKey(LogField.STATUS)) {
            throw new IllegalArgumentException("field mapping '" + spec + "' names no key for status"
                    + " (e.g. status=response_code)");
        }
        return new FieldMap(keys, spec);
    }

    private static void add(EnumMap<LogField, String> keys, String spec) {
        for (String item : spec.split("[,\\n]")) {
            String it = item.trim();
            if (it.isEmpty() || it.startsWith("#")) {
                continue;
            }
            int eq = it.indexOf('=');
            if (eq < 0) {
                String preset = PRESETS.get(it.toLowerCase(java.util.Locale.ROOT));
                if (preset == null) {
                    throw new IllegalArgumentException("field mapping: '" + it + "' is neither a preset ("
                            + String.join(", ", new java.util.TreeSet<>(PRESETS.keySet())) + ") nor fact=key");
                }
                add(keys, preset);
                continue;
            }
            String fact = it.substring(0, eq).trim();
            String key = it.substring(eq + 1).trim();
            LogField f = LogField.named(fact).orElseThrow(() -> new IllegalArgumentException("field mapping: '"
                    + fact + "' is not a fact; one of " + java.util.Arrays.stream(LogField.values())
                    .map(LogField::key).toList()));
            if (key.isEmpty()) {
                keys.remove(f);
            } else {
                keys.put(f, key);
            }
        }
    }

    /** The JSON key holding {@code field}, or null when the log does not record it. */
    public String key(LogField field) {
        return keys.get(field);
    }

    /** Every mapped fact and its key. */
    public Map<LogField, String> keys() {
        return Collections.unmodifiableMap(keys);
    }

    /** The checker's facts that lines mapped so can hold. */
    public Set<Fact> carries() {
        Set<Fact> f = EnumSet.of(Fact.STATUS);
        if (keys.containsKey(LogField.METHOD)) {
            f.add(Fact.METHOD);
        }
        if (keys.containsKey(LogField.URL) || keys.containsKey(LogField.PATH)) {
            f.add(Fact.URL);
        }
        if (keys.containsKey(LogField.PROTOCOL)) {
            f.add(Fact.VERSION);
        }
        if (keys.containsKey(LogField.BYTES)) {
            f.add(Fact.CONTENT_LENGTH);
        }
        return f;
    }

    @Override
    public String toString() {
        return spec;
    }
}
