package org.newsgraph.ingest.source;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/** What an input file holds, decided by its first bytes (after gunzipping) and then its name. */
public enum SourceKind {
    /** a WARC archive */
    WARC,
    /** an RSS 0.9x/1.0/2.0 or Atom feed */
    FEED,
    /** text, HTML or JSON Lines: read by {@link org.newsgraph.ingest.read.InputReader} */
    DOCUMENT;

    private static final Pattern FEED_ROOT = Pattern.compile("<(?:rss|feed|rdf:RDF)[\\s>]");

    /**
     * @param head the first few kilobytes of the (gunzipped) content
     * @param name the file name
     */
    public static SourceKind detect(byte[] head, String name) {
        String start = new String(head, 0, Math.min(head.length, 4096), StandardCharsets.ISO_8859_1);
        if (start.startsWith("WARC/")) {
            return WARC;
        }
        String stripped = start.stripLeading();
        if ((stripped.startsWith("<?xml") || stripped.startsWith("<rss") || stripped.startsWith("<feed")
                || stripped.startsWith("<rdf:RDF")) && FEED_ROOT.matcher(start).find()) {
            return FEED;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".warc") || lower.endsWith(".warc.gz")) {
            return WARC;
        }
        if (lower.endsWith(".rss") || lower.endsWith(".atom") || lower.endsWith(".rss.xml") || lower.endsWith(".atom.xml")) {
            return FEED;
        }
        return DOCUMENT;
    }
}
