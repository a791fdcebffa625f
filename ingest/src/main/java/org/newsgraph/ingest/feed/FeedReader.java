package org.newsgraph.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.newsgraph.core.model.Source;
import org.newsgraph.ingest.read.ContentType;
import org.newsgraph.ingest.read.InputException;
import org.newsgraph.ingest.read.InputReader;
import org.newsgraph.ingest.read.InputRecord;
import org.newsgraph.ingest.read.RawDocument;
import org.newsgraph.ingest.source.SkipLog;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom feed with ROME: one HTML {@link RawDocument} per item,
 * from the item's full content ({@code content:encoded}, Atom {@code content}) or else its
 * description, with the item's title, date and authors as metadata. Items without any body are
 * skipped and counted. DOCTYPEs are refused (no external entities are ever fetched).
 */
public final class FeedReader {

    /** Reads the feed file {@code file} (gzip allowed). */
    public Stream<InputRecord> read(Path file, SkipLog skips) throws InputException {
        byte[] bytes;
        try {
            if (Files.size(file) > InputReader.MAX_INPUT_BYTES) {
                throw new InputException(file + ": feed over the input size limit");
            }
            bytes = Files.readAllBytes(file);
            if (bytes.length > 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B) {
                try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                    bytes = in.readAllBytes();
                }
            }
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        return read(bytes, file.toUri().toString(), file.toString(), skips);
    }

    /**
     * Reads a feed from its bytes; the XML declaration or BOM decides the encoding.
     *
     * @param uri  the feed's URI, used for items without a link
     * @param name used in error messages
     * @throws InputException when the bytes are not a well-formed feed
     */
    public Stream<InputRecord> read(byte[] bytes, String uri, String name, SkipLog skips) throws InputException {
        SyndFeed feed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(bytes), true)) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(reader);
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new InputException(name + ": not a readable RSS/Atom feed (" + firstLine(e.getMessage()) + ")", e);
        }
        String format = feed.getFeedType() != null && feed.getFeedType().toLowerCase(Locale.ROOT).startsWith("atom")
                ? "atom" : "rss";
        List<InputRecord> out = new ArrayList<>();
        List<SyndEntry> entries = feed.getEntries();
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry entry = entries.get(i);
            String body = body(entry);
            if (body == null || body.isBlank()) {
                skips.skip("feed item without a body");
                continue;
            }
            String link = entry.getLink() != null && !entry.getLink().isBlank() ? entry.getLink().strip()
                    : uri + "#item" + (i + 1);
            String id = entry.getUri() != null && !entry.getUri().isBlank() ? entry.getUri().strip() : null;
            out.add(new RawDocument(new Source(link, format, id), ContentType.HTML, wrap(entry.getTitle(), body),
                    clean(entry.getTitle()), date(entry), authors(entry)));
        }
        return out.stream();
    }

    /** The longest of the item's contents and description: feeds put full text in either. */
    private static String body(SyndEntry entry) {
        String best = null;
        for (SyndContent c : entry.getContents()) {
            if (c.getValue() != null && (best == null || c.getValue().length() > best.length())) {
                best = c.getValue();
            }
        }
        if (entry.getDescription() != null && entry.getDescription().getValue() != null) {
            String d = entry.getDescription().getValue();
            if (best == null || d.length() > best.length()) {
                best = d;
            }
        }
        return best;
    }

    /** Plain-text bodies are wrapped so the HTML extractor sees paragraphs. */
    private static String wrap(String title, String body) {
        String trimmed = body.strip();
        if (trimmed.startsWith("<")) {
            return "<html><body><article>" + trimmed + "</article></body></html>";
        }
        StringBuilder html = new StringBuilder("<html><body><article>");
        for (String para : trimmed.split("\\n\\s*\\n")) {
            html.append("<p>").append(escape(para.strip())).append("</p>");
        }
        return html.append("</article></body></html>").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String date(SyndEntry entry) {
        Date d = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return d == null ? null : d.toInstant().toString();
    }

    private static List<String> authors(SyndEntry entry) {
        Set<String> names = new LinkedHashSet<>();
        for (SyndPerson p : entry.getAuthors()) {
            if (p.getName() != null && !p.getName().isBlank()) {
                names.add(p.getName().strip());
            }
        }
        if (names.isEmpty() && entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
            names.add(entry.getAuthor().strip());
        }
        return List.copyOf(names);
    }

    private static String clean(String title) {
        return title == null || title.isBlank() ? null : title.strip().replaceAll("\\s+", " ");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "malformed XML";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
