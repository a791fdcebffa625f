package org.newsgraph.ingest.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.newsgraph.core.model.Source;
import org.newsgraph.ingest.feed.FeedReader;
import org.newsgraph.ingest.read.BadRecord;
import org.newsgraph.ingest.read.InputException;
import org.newsgraph.ingest.read.InputReader;
import org.newsgraph.ingest.read.InputRecord;
import org.newsgraph.ingest.warc.WarcArchiveReader;

/**
 * Reads any supported source into records: a file (text, HTML, JSON Lines, RSS/Atom feed, WARC;
 * each optionally gzip-compressed), a directory (every such file below it, in path order), or
 * {@code -} for standard input. A file that cannot be read becomes one {@link BadRecord}, so a
 * directory walk goes on past it.
 *
 * <p>In directories, hidden files and the corpus bookkeeping files {@code README*},
 * {@code LICENSE*}, {@code INDEX*}, {@code SOURCE*} and {@code *.md, *.tsv, *.csv, *.json} are
 * not articles and are left out.
 */
public final class SourceReader {

    private final InputReader documents = new InputReader();
    private final FeedReader feeds = new FeedReader();
    private final WarcArchiveReader warcs = new WarcArchiveReader();

    /**
     * Records of one source, lazily; close the stream to release open archives.
     *
     * @param skips where records passed over on purpose are counted
     * @throws InputException when a named file is missing or unreadable
     */
    public Stream<InputRecord> read(String name, SkipLog skips) throws InputException {
        if (name.equals("-")) {
            return documents.read(name);
        }
        Path path = Path.of(name);
        if (Files.isDirectory(path)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(path)) {
                files = walk.filter(Files::isRegularFile).filter(SourceReader::isArticleFile).sorted().toList();
            } catch (IOException | UncheckedIOException e) {
                throw new InputException(name + ": cannot list directory (" + e.getMessage() + ")", e);
            }
            return files.stream().flatMap(f -> readOrBad(f, skips));
        }
        if (!Files.isRegularFile(path)) {
            throw new InputException(name + ": no such file or directory");
        }
        return readFile(path, skips);
    }

    /**
     * About how many records {@code name} holds, cheaply, for progress displays: a text or HTML
     * file counts one without being read, a JSON Lines file its non-blank lines; feeds and
     * archives are read through. Unreadable files count one (they become one failure).
     */
    public long estimate(String name) {
        Path path = Path.of(name);
        try {
            if (Files.isDirectory(path)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(path)) {
                    files = walk.filter(Files::isRegularFile).filter(SourceReader::isArticleFile).toList();
                }
                long n = 0;
                for (Path f : files) {
                    n += estimateFile(f);
                }
                return n;
            }
            return estimateFile(path);
        } catch (IOException | UncheckedIOException e) {
            return 1;
        }
    }

    private long estimateFile(Path file) {
        try {
            byte[] head = head(file);
            String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
            String base = lower.endsWith(".gz") ? lower.substring(0, lower.length() - 3) : lower;
            SourceKind kind = SourceKind.detect(head, lower);
            if (kind == SourceKind.DOCUMENT && !(base.endsWith(".jsonl") || base.endsWith(".ndjson") || isJsonStart(head))) {
                return 1;
            }
            SkipLog skips = new SkipLog();
            try (Stream<InputRecord> s = readFile(file, skips)) {
                return s.count() + skips.total();
            }
        } catch (InputException | RuntimeException e) {
            return 1;
        }
    }

    private static boolean isJsonStart(byte[] head) {
        for (byte b : head) {
            if (!Character.isWhitespace(b)) {
                return b == '{';
            }
        }
        return false;
    }

    private Stream<InputRecord> readOrBad(Path file, SkipLog skips) {
        try {
            return readFile(file, skips);
        } catch (InputException e) {
            return Stream.of(new BadRecord(new Source(file.toUri().toString(), "text", null), e.getMessage()));
        }
    }

    private Stream<InputRecord> readFile(Path file, SkipLog skips) throws InputException {
        SourceKind kind = SourceKind.detect(head(file), file.getFileName().toString());
        return switch (kind) {
            case WARC -> warcs.read(file, skips);
            case FEED -> feeds.read(file, skips);
            case DOCUMENT -> documents.read(file.toString());
        };
    }

    /** The first 4 KB of the file, gunzipped when it is gzip. */
    static byte[] head(Path file) throws InputException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            raw.mark(4);
            int b1 = raw.read();
            int b2 = raw.read();
            raw.reset();
            InputStream in = b1 == 0x1F && b2 == 0x8B ? new GZIPInputStream(raw) : raw;
            return in.readNBytes(4096);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    static boolean isArticleFile(Path file) {
        String n = file.getFileName().toString();
        String lower = n.toLowerCase(Locale.ROOT);
        if (n.startsWith(".") || lower.startsWith("readme") || lower.startsWith("license") || lower.startsWith("index.")
                || lower.startsWith("source.")) {
            return false;
        }
        String base = lower.endsWith(".gz") ? lower.substring(0, lower.length() - 3) : lower;
        return !(base.endsWith(".md") || base.endsWith(".tsv") || base.endsWith(".csv") || base.endsWith(".json"));
    }
}
