package org.newsgraph.ingest.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns bytes into text without mojibake: a byte-order mark wins, then strict UTF-8 (bytes that
 * decode as UTF-8 and hold non-ASCII characters are UTF-8 whatever a page claims), then the
 * charset the document declares (HTML {@code <meta charset>}, {@code http-equiv} Content-Type,
 * XML declaration), then Windows-1252 (a superset of Latin-1 for printable text), tolerating a rare
 * stray byte it leaves undefined. Text with many such bytes, and binary data, are refused.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /**
     * Decodes {@code bytes}.
     *
     * @param name the input's name, used in error messages
     * @throws InputException for empty, binary or undecodable input
     */
    public static String decode(byte[] bytes, String name) throws InputException {
        if (bytes.length == 0) {
            throw new InputException(name + ": empty input");
        }
        if (looksBinary(bytes)) {
            throw new InputException(name + ": binary data, not text (NUL or control bytes)");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8, name);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE, name);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE, name);
        }
        try {
            return strict(bytes, 0, StandardCharsets.UTF_8, name);
        } catch (InputException notUtf8) {
            // fall through to the declared charset, then Windows-1252
        }
        Charset declared = declaredCharset(bytes);
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            try {
                return strict(bytes, 0, declared, name);
            } catch (InputException wrongDeclaration) {
                // declarations are often wrong; go on guessing
            }
        }
        try {
            return strict(bytes, 0, WINDOWS_1252, name);
        } catch (InputException undefinedBytes) {
            // a stray byte in a long page is a typo, as browsers treat it; many of them mean another encoding
            if (undefinedIn1252(bytes) * 200L > bytes.length) {
                throw new InputException(name + ": cannot decode: neither UTF-8 nor Windows-1252/Latin-1 text", undefinedBytes);
            }
            return new String(bytes, WINDOWS_1252); // the stray bytes become U+FFFD
        }
    }

    /** Bytes that Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D). */
    private static int undefinedIn1252(byte[] bytes) {
        int n = 0;
        for (byte b : bytes) {
            int v = b & 0xFF;
            if (v == 0x81 || v == 0x8D || v == 0x8F || v == 0x90 || v == 0x9D) {
                n++;
            }
        }
        return n;
    }

    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.+-]+)");
    private static final Pattern XML_ENCODING = Pattern.compile(
            "(?i)^\\s*<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([a-z0-9_:.+-]+)");

    /**
     * The charset a document declares in its first 4 KB: {@code <meta charset="…">},
     * {@code <meta http-equiv="Content-Type" content="…; charset=…">} or an XML declaration;
     * null when none is declared or the name is unknown. Latin-1 and ASCII declarations are read
     * as Windows-1252, as browsers do.
     */
    public static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        String name = m.find() ? m.group(1) : null;
        if (name == null) {
            Matcher x = XML_ENCODING.matcher(head);
            name = x.find() ? x.group(1) : null;
        }
        return name == null ? null : charset(name);
    }

    private static Charset charset(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        switch (n) {
            case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "iso_8859-1", "cp819" -> {
                return WINDOWS_1252;
            }
            default -> {
                try {
                    return Charset.isSupported(n) ? Charset.forName(n) : null;
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
    }

    /**
     * Decodes with a charset declared outside the bytes (an HTTP header, a feed's XML
     * declaration), falling back to {@link #decode} when it is unknown or wrong. A byte-order
     * mark still wins, and so does valid non-ASCII UTF-8 over a declared single-byte charset.
     */
    public static String decode(byte[] bytes, String charsetName, String name) throws InputException {
        Charset declared = charsetName == null || charsetName.isBlank() ? null : charset(charsetName);
        if (declared == null || bytes.length == 0 || looksBinary(bytes) || startsWith(bytes, 0xEF, 0xBB, 0xBF)
                || startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return decode(bytes, name);
        }
        if (!declared.equals(StandardCharsets.UTF_8) && declared.newEncoder().maxBytesPerChar() <= 1.0f) {
            try {
                return strict(bytes, 0, StandardCharsets.UTF_8, name);
            } catch (InputException notUtf8) {
                // the declaration may be right
            }
        }
        try {
            return strict(bytes, 0, declared, name);
        } catch (InputException wrongDeclaration) {
            return decode(bytes, name);
        }
    }

    private static String strict(byte[] bytes, int offset, Charset charset, String name) throws InputException {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new InputException(name + ": cannot decode as " + charset.name() + " (" + e.getMessage() + ")", e);
        }
    }

    /** NUL bytes, or many C0 control bytes other than tab/newline/CR/form feed, in the first 8 KB. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return false; // UTF-16 text has NULs
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        return control > n / 100 + 2;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
