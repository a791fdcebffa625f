package org.newsgraph.ingest.warc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.newsgraph.core.model.Source;
import org.newsgraph.ingest.read.BadRecord;
import org.newsgraph.ingest.read.ContentType;
import org.newsgraph.ingest.read.InputException;
import org.newsgraph.ingest.read.InputRecord;
import org.newsgraph.ingest.read.RawDocument;
import org.newsgraph.ingest.read.TextDecoder;
import org.newsgraph.ingest.source.SkipLog;

/**
 * Reads a WARC or WARC.gz archive with jwarc, lazily, record by record. Only {@code response}
 * records of HTTP 200 with an HTML payload become documents, decoded by the charset of the HTTP
 * {@code Content-Type} (content and transfer encodings undone); other responses and pages that
 * {@link PageShape} says are not articles (listings, index pages, stubs) are skipped and counted.
 * Requests, metadata and warcinfo records are not documents and are passed over silently.
 * Close the returned stream to close the archive.
 */
public final class WarcArchiveReader {

    /** Payloads larger than this are not news articles. */
    static final int MAX_PAYLOAD_BYTES = 8 * 1024 * 1024;

    private final PageShape shape = new PageShape();

    public Stream<InputRecord> read(Path file, SkipLog skips) throws InputException {
        WarcReader reader;
        try {
            reader = new WarcReader(file);
            reader.setLenient(true);
        } catch (IOException | IllegalArgumentException e) {
            throw new InputException(file + ": not a readable WARC archive (" + e.getMessage() + ")", e);
        }
        String name = file.toString();
        Iterator<InputRecord> it = new Iterator<>() {
            InputRecord next;
            boolean done;

            @Override
            public boolean hasNext() {
                while (next == null && !done) {
                    Optional<WarcRecord> rec;
                    try {
                        rec = reader.next();
                    } catch (IOException | RuntimeException e) {
                        done = true;
                        next = new BadRecord(new Source(file.toUri().toString(), "warc", "@" + reader.position()),
                                name + ": archive broken at byte " + reader.position() + " (" + e.getMessage() + ")");
                        break;
                    }
                    if (rec.isEmpty()) {
                        done = true;
                    } else if (rec.get() instanceof WarcResponse response) {
                        next = convert(response, name, skips);
                    }
                }
                return next != null;
            }

            @Override
            public InputRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                InputRecord r = next;
                next = null;
                return r;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(() -> {
                    try {
                        reader.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /** The document of one response record, a bad record, or null when skipped. */
    private InputRecord convert(WarcResponse response, String name, SkipLog skips) {
        String target = response.target();
        Source source = new Source(target, "warc", response.id().toString());
        String scheme = target == null ? "" : target.toLowerCase(Locale.ROOT);
        if (!scheme.startsWith("http://") && !scheme.startsWith("https://")) {
            return null; // dns: and other non-web captures are not pages
        }
        try {
            HttpResponse http = response.http();
            if (http.status() != 200) {
                skips.skip("HTTP status not 200");
                return null;
            }
            MediaType type = http.contentType();
            String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
            if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
                skips.skip("not HTML");
                return null;
            }
            byte[] bytes;
            try (InputStream in = http.bodyDecoded().stream()) {
                bytes = in.readNBytes(MAX_PAYLOAD_BYTES + 1);
            }
            if (bytes.length > MAX_PAYLOAD_BYTES) {
                skips.skip("payload too large");
                return null;
            }
            if (bytes.length == 0) {
                skips.skip("empty payload");
                return null;
            }
            String charset = type.parameters().get("charset");
            String html = TextDecoder.decode(bytes, charset, name + " " + target);
            Optional<String> notArticle = shape.notAnArticle(html);
            if (notArticle.isPresent()) {
                skips.skip(notArticle.get());
                return null;
            }
            return RawDocument.of(source, ContentType.HTML, html);
        } catch (InputException e) {
            return new BadRecord(source, e.getMessage());
        } catch (IOException | RuntimeException e) {
            return new BadRecord(source, name + " " + target + ": broken HTTP response (" + e.getMessage() + ")");
        }
    }
}
