package org.newsgraph.index;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The canonical form of an article's URL, so that one story fetched twice is recognised:
 * lower-case scheme and host, no {@code www.}, default port, fragment, tracking parameters
 * ({@code utm_*}, {@code fbclid}, {@code gclid}) or trailing slash. Other inputs stay as they are.
 */
final class CanonicalUrl {

    private CanonicalUrl() {
    }

    static String of(String uri) {
        if (uri == null) {
            return "";
        }
        String s = uri.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return s;
        }
        try {
            URI u = new URI(s);
            String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            }
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            if (path.length() > 1 && path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            StringJoiner query = new StringJoiner("&");
            if (u.getRawQuery() != null) {
                for (String p : u.getRawQuery().split("&")) {
                    String k = p.toLowerCase(Locale.ROOT);
                    if (!p.isEmpty() && !k.startsWith("utm_") && !k.startsWith("fbclid") && !k.startsWith("gclid")) {
                        query.add(p);
                    }
                }
            }
            String q = query.toString();
            return "http://" + host + path + (q.isEmpty() ? "" : "?" + q);
        } catch (URISyntaxException e) {
            return s;
        }
    }

    /** The host without {@code www.}, or null for non-web sources. */
    static String host(String uri) {
        if (uri == null) {
            return null;
        }
        try {
            String host = new URI(uri.strip()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
