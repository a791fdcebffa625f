package org.newsgraph.ingest.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.newsgraph.core.model.Source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads one input (a file path, or {@code -} for standard input) into records: a plain text or
 * HTML file gives one document, a JSON Lines file one per line. Gzip is detected by its magic
 * bytes; the format by content first and the file name second.
 *
 * <pre>{@code
 * try (Stream<InputRecord> records = new InputReader().read("articles.jsonl.gz")) { ... }
 * }</pre>
 */
public final class InputReader {

    /** Larger inputs are refused: one article is never this big, and batches should be split. */
    public static final long MAX_INPUT_BYTES = 512L * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern HTML_START = Pattern.compile(
            "(?is)\\A\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*(<!doctype\\s+html|<html|<head|<body|<!--|<meta|<title|<div"
                    + "|<p[\\s>]|<article|<section|<main|<table|<link|<script|<style|<base)");
    private static final Pattern HTML_TAG = Pattern.compile("(?i)<(?:html|body|head)[\\s>]");

    /**
     * Reads {@code name}: a path, or {@code -} for standard input.
     *
     * @throws InputException when the input is missing, unreadable, empty, binary or undecodable
     */
    public Stream<InputRecord> read(String name) throws InputException {
        byte[] bytes = load(name);
        String uri = name.equals("-") ? "stdin:" : Path.of(name).toAbsolutePath().normalize().toUri().toString();
        String lower = stripGz(name.toLowerCase(Locale.ROOT));
        String content = TextDecoder.decode(bytes, name);
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || looksLikeJsonLines(content)) {
            return JsonLinesReader.records(content, uri);
        }
        ContentType type = looksLikeHtml(content) || lower.endsWith(".html") || lower.endsWith(".htm")
                || lower.endsWith(".xhtml") ? ContentType.HTML : ContentType.TEXT;
        if (content.isBlank()) {
            throw new InputException(name + ": no text in input");
        }
        Source source = new Source(uri, type == ContentType.HTML ? "html" : "text", null);
        return Stream.of(RawDocument.of(source, type, content));
    }

    /**
     * HTML by content: the text opens with markup (after an XML declaration and comments), or
     * starts with a tag and has an html, head or body tag in its first 4 KB.
     */
    static boolean looksLikeHtml(String content) {
        String head = content.length() > 4096 ? content.substring(0, 4096) : content;
        if (HTML_START.matcher(head).lookingAt()) {
            return true;
        }
        return head.stripLeading().startsWith("<") && HTML_TAG.matcher(head).find();
    }

    /** The input's bytes, gunzipped when gzip-compressed. */
    static byte[] load(String name) throws InputException {
        byte[] raw;
        try {
            if (name.equals("-")) {
                raw = System.in.readAllBytes();
            } else {
                Path path = Path.of(name);
                if (Files.isDirectory(path)) {
                    throw new InputException(name + ": is a directory, not a file");
                }
                if (Files.size(path) > MAX_INPUT_BYTES) {
                    throw new InputException(name + ": " + Files.size(path) + " bytes is over the "
                            + MAX_INPUT_BYTES + "-byte input limit; split it");
                }
                raw = Files.readAllBytes(path);
            }
        } catch (NoSuchFileException e) {
            throw new InputException(name + ": no such file");
        } catch (IOException e) {
            throw new InputException(name + ": cannot read (" + e.getMessage() + ")", e);
        }
        if (raw.length >= 2 && (raw[0] & 0xFF) == 0x1F && (raw[1] & 0xFF) == 0x8B) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
                return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, MAX_INPUT_BYTES));
            } catch (IOException e) {
                throw new InputException(name + ": broken gzip data (" + e.getMessage() + ")", e);
            }
        }
        return raw;
    }

    private static String stripGz(String name) {
        return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }

    /** Every non-blank line among the first few is a JSON object. */
    private static boolean looksLikeJsonLines(String content) {
        int checked = 0;
        for (String line : content.lines().limit(5).toList()) {
            if (line.isBlank()) {
                continue;
            }
            if (!line.stripLeading().startsWith("{")) {
                return false;
            }
            try {
                if (!JSON.readTree(line).isObject()) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
            checked++;
        }
        return checked > 0;
    }

    /** Reads JSON Lines records: {@code id}, {@code text} or {@code html}, optional url, title, published, authors. */
    static final class JsonLinesReader {

        private JsonLinesReader() {
        }

        static Stream<InputRecord> records(String content, String uri) {
            List<String> lines = content.lines().toList();
            List<Integer> numbers = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).isBlank()) {
                    numbers.add(i);
                }
            }
            return numbers.stream().map(i -> parse(lines.get(i), uri, i + 1));
        }

        static InputRecord parse(String line, String uri, int lineNumber) {
            String fallbackId = "line " + lineNumber;
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                return new BadRecord(new Source(uri, "jsonl", fallbackId), "line " + lineNumber + ": not JSON ("
                        + e.getOriginalMessage() + ")");
            }
            if (node == null || !node.isObject()) {
                return new BadRecord(new Source(uri, "jsonl", fallbackId), "line " + lineNumber + ": not a JSON object");
            }
            String id = node.hasNonNull("id") ? node.get("id").asText() : fallbackId;
            String url = node.hasNonNull("url") ? node.get("url").asText() : uri + "#" + lineNumber;
            Source source = new Source(url, "jsonl", id);
            String text = node.path("text").asText(null);
            String html = node.path("html").asText(null);
            if ((text == null || text.isBlank()) && (html == null || html.isBlank())) {
                return new BadRecord(source, "record " + id + " (line " + lineNumber + "): no \"text\" or \"html\"");
            }
            List<String> authors = new ArrayList<>();
            JsonNode a = node.has("authors") ? node.get("authors") : node.get("author");
            if (a != null && a.isArray()) {
                a.forEach(x -> authors.add(x.asText()));
            } else if (a != null && a.isTextual() && !a.asText().isBlank()) {
                for (String part : a.asText().split("\\s*(?:,|\\band\\b)\\s*")) {
                    if (!part.isBlank()) {
                        authors.add(part.strip());
                    }
                }
            }
            boolean isHtml = text == null || text.isBlank();
            return new RawDocument(source, isHtml ? ContentType.HTML : ContentType.TEXT, isHtml ? html : text,
                    node.path("title").asText(null), node.path("published").asText(null), authors);
        }
    }
}
