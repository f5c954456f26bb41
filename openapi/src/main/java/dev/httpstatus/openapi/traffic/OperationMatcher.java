package dev.httpstatus.openapi.traffic;

import dev.httpstatus.openapi.ApiDescription;
import dev.httpstatus.openapi.ApiOperation;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the operation of a description that an exchange was for: a server URL (host and base path;
 * {@code {variables}} match anything within a host label or a path segment), then a path template
 * (concrete paths before templated ones, as OpenAPI asks), then the method (HEAD falls back to GET).
 *
 * <pre>{@code
 * OperationMatcher m = OperationMatcher.of(description, List.of());
 * m.match("GET", "https://api.example.com/v1/pets/42");   // Match[OPERATION, GET /pets/{id}]
 * m.match("GET", "https://cdn.example.net/app.js");       // Match[OUTSIDE]: no server of the description
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class OperationMatcher {

    /** How an exchange relates to the description. */
    public enum Kind {
        /** Its URL is under none of the description's servers: not this API's traffic. */
        OUTSIDE,
        /** Under a server, but no path template matches. */
        NO_PATH,
        /** A path matches, but it has no operation for the method. */
        NO_METHOD,
        /** An operation matches. */
        OPERATION
    }

    /**
     * The outcome: for NO_METHOD and OPERATION the path template; for OPERATION the operation.
     *
     * @param kind      what matched
     * @param path      the path template, or "" when none matched
     * @param operation the operation, when one matched
     * @param methods   for NO_METHOD, the methods the path does have
     */
    public record Match(Kind kind, String path, Optional<ApiOperation> operation, List<String> methods) {}

    private record Server(Pattern host, int port, Pattern base) {}

    private record Template(String path, Pattern pattern, int literals, Map<String, ApiOperation> byMethod) {}

    private final List<Server> servers;
    private final List<Template> templates;

    private OperationMatcher(List<Server> servers, List<Template> templates) {
        this.servers = servers;
        this.templates = templates;
    }

    /**
     * A matcher for {@code d}, using {@code serverOverride} instead of the description's servers when
     * it is not empty (traffic recorded against a test host).
     *
     * @throws IllegalArgumentException for an override that is not a URL or absolute path
     */
    public static OperationMatcher of(ApiDescription d, List<String> serverOverride) {
        List<String> urls = new ArrayList<>(serverOverride);
        if (urls.isEmpty()) {
            for (ApiOperation op : d.operations()) {
                for (String s : op.servers()) {
                    if (!urls.contains(s)) {
                        urls.add(s);
                    }
                }
            }
            if (urls.isEmpty()) {
                urls.add("/"); // OpenAPI's default server
            }
        }
        List<Server> servers = new ArrayList<>();
        for (String u : urls) {
            servers.add(server(u, !serverOverride.isEmpty()));
        }
        Map<String, Map<String, ApiOperation>> byPath = new LinkedHashMap<>();
        for (ApiOperation op : d.operations()) {
            byPath.computeIfAbsent(op.path(), k -> new LinkedHashMap<>()).put(op.method().token(), op);
        }
        List<Template> templates = new ArrayList<>();
        for (Map.Entry<String, Map<String, ApiOperation>> e : byPath.entrySet()) {
            templates.add(template(e.getKey(), e.getValue()));
        }
        // Concrete before templated: more literal segments first; the sort is stable.
        templates.sort((a, b) -> Integer.compare(b.literals, a.literals));
        return new OperationMatcher(List.copyOf(servers), List.copyOf(templates));
    }

    private static Server server(String url, boolean strict) {
        String u = url.trim();
        String hostPart = null;
        String path = u;
        int scheme = u.indexOf("://");
        if (scheme >= 0 || u.startsWith("//")) {
            String rest = scheme >= 0 ? u.substring(scheme + 3) : u.substring(2);
            int slash = rest.indexOf('/');
            hostPart = slash < 0 ? rest : rest.substring(0, slash);
            path = slash < 0 ? "" : rest.substring(slash);
        } else if (!u.startsWith("/") && !u.isEmpty()) {
            if (strict) {
                throw new IllegalArgumentException("server '" + url + "' is neither a URL nor an absolute path");
            }
            path = "/" + u; // a relative server URL: taken relative to the root
        }
        Pattern host = null;
        int port = -1;
        if (hostPart != null) {
            int at = hostPart.lastIndexOf('@');
            hostPart = hostPart.substring(at + 1);
            int colon = hostPart.lastIndexOf(':');
            if (colon > 0 && hostPart.indexOf(']') < colon && hostPart.substring(colon + 1).chars().allMatch(Character::isDigit)
                    && colon + 1 < hostPart.length()) {
                port = Integer.parseInt(hostPart.substring(colon + 1));
                hostPart = hostPart.substring(0, colon);
            }
            host = Pattern.compile(variables(hostPart.toLowerCase(Locale.ROOT), "[^/:]*"));
        }
        String base = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return new Server(host, port, Pattern.compile(variables(base, "[^/]*") + "(/.*)?"));
    }

    /** {@code text} as a regular expression, each {@code {name}} matching {@code any}. */
    private static String variables(String text, String any) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('{', i);
            int close = open < 0 ? -1 : text.indexOf('}', open);
            if (open < 0 || close < 0) {
                b.append(Pattern.quote(text.substring(i)));
                break;
            }
            if (open > i) {
                b.append(Pattern.quote(text.substring(i, open)));
            }
            b.append(any);
            i = close + 1;
        }
        return b.toString();
    }

    private static Template template(String path, Map<String, ApiOperation> ops) {
        String p = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        int literals = 0;
        for (String seg : p.split("/")) {
            if (!seg.isEmpty() && seg.indexOf('{') < 0) {
                literals++;
            }
        }
        return new Template(path, Pattern.compile(variables(p, "[^/]+")), literals, ops);
    }

    /** The match for a request with {@code method} (as sent) to {@code url}. */
    public Match match(String method, String url) {
        Objects.requireNonNull(method, "method");
        URI u;
        try {
            u = new URI(url);
        } catch (URISyntaxException e) {
            return new Match(Kind.OUTSIDE, "", Optional.empty(), List.of());
        }
        String host = u.getHost() == null ? null : u.getHost().toLowerCase(Locale.ROOT);
        int port = u.getPort() >= 0 ? u.getPort() : "https".equalsIgnoreCase(u.getScheme()) ? 443
                : "http".equalsIgnoreCase(u.getScheme()) ? 80 : -1;
        String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        Match best = null;
        for (Server s : servers) {
            if (s.host() != null && (host == null || !s.host().matcher(host).matches()
                    || (s.port() >= 0 && port >= 0 && s.port() != port))) {
                continue;
            }
            var m = s.base().matcher(path);
            if (!m.matches()) {
                continue;
            }
            String rest = m.group(1) == null ? "/" : m.group(1);
            Match found = matchPath(method, rest);
            if (found.kind() == Kind.OPERATION) {
                return found;
            }
            if (best == null || found.kind().ordinal() > best.kind().ordinal()) {
                best = found;
            }
        }
        return best != null ? best : new Match(Kind.OUTSIDE, "", Optional.empty(), List.of());
    }

    private Match matchPath(String method, String rest) {
        String p = rest.length() > 1 && rest.endsWith("/") ? rest.substring(0, rest.length() - 1) : rest;
        for (Template t : templates) {
            if (t.pattern().matcher(p).matches()) {
                ApiOperation op = t.byMethod().get(method);
                if (op == null && method.equals("HEAD")) {
                    op = t.byMethod().get("GET"); // HEAD is GET without the content
                }
                if (op != null) {
                    return new Match(Kind.OPERATION, t.path(), Optional.of(op), List.of());
                }
                return new Match(Kind.NO_METHOD, t.path(), Optional.empty(), List.copyOf(t.byMethod().keySet()));
            }
        }
        return new Match(Kind.NO_PATH, "", Optional.empty(), List.of());
    }
}
