package org.newsgraph.ingest.clean;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Shape tests for single lines of scraped page text. General rules of web page layout (media
 * players, navigation words, promo prefixes, photo captions), not strings of any one site.
 */
final class LineShape {

    /** Player residue made only of time codes: "0:00 0:01:53 0:00". */
    private static final Pattern TIMECODES = Pattern.compile("^(?:\\d{1,2}:)?\\d{1,2}:\\d{2}(?:\\s*(?:/|\\s)\\s*(?:\\d{1,2}:)?\\d{1,2}:\\d{2})*$");
    /** Words that only occur on short lines of a media player's user interface. */
    private static final Pattern MEDIA_WORDS = Pattern.compile(
            "(?i)\\b(please wait|loading|media source|video|audio|playback|play|pause|embed|download|subtitles|"
                    + "closed captions|fullscreen|full screen|volume|mute|unmute|replay|autoplay|now playing|"
                    + "currently (?:un)?available|player|podcast|episode|listen|watch live)\\b");
    /** A promo or teaser line: "WATCH: …", "READ MORE: …", "RELATED: …". */
    private static final Pattern PROMO = Pattern.compile(
            "^(?:WATCH|READ MORE|READ ALSO|ALSO READ|READ|RELATED|SEE ALSO|LISTEN|VIDEO|PHOTOS?|GALLERY|MORE|"
                    + "RECOMMENDED|SPONSORED|ADVERTISEMENT|SUBSCRIBE|SIGN UP|TRENDING|MUST READ|DON'T MISS)"
                    + "(?:\\s+(?:NOW|HERE|MORE))?\\s*[:|>»\\-–—]\\s*(.+)$");
    /** Wire-photo caption openers. */
    private static final Pattern CAPTION_OPENER = Pattern.compile(
            "^(?:FILE(?:\\s+PHOTO)?|PHOTO|IMAGE|In this (?:file )?(?:photo|image|picture))\\s*[-–—:,]\\s*");
    /** A caption's closing place-and-date: "…, north of Mosul, Iraq, Jan. 21, 2017." or a photo credit. */
    private static final Pattern CAPTION_CLOSER = Pattern.compile(
            "(?:,\\s+[A-Z][\\w.'-]*(?:\\s+[A-Z][\\w.'-]*)*,\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
                    + "[a-z]*\\.?\\s+\\d{1,2},\\s+(?:19|20)\\d\\d\\.?"
                    + "|\\((?:AP|AFP|Reuters|Getty|EPA)[^)]*(?:Photo|Images?)[^)]*\\)|\\((?:Photo|Image|Credit)[:/][^)]*\\))$");
    /** Words of site chrome: a short line made only of these is navigation. */
    private static final Set<String> CHROME_WORDS = Set.of(
            "accessibility", "links", "link", "skip", "to", "main", "content", "menu", "search", "share", "print",
            "email", "e-mail", "comment", "comments", "subscribe", "sign", "in", "log", "up", "out", "follow", "us",
            "advertisement", "breaking", "news", "related", "trending", "home", "back", "top", "cookie", "cookies",
            "newsletter", "newsletters", "latest", "most", "popular", "read", "next", "previous", "close", "loading",
            "more", "stories", "story", "topics", "sections", "facebook", "twitter", "whatsapp", "linkedin",
            "reddit", "telegram", "youtube", "instagram", "rss", "copy", "url", "embed", "live", "watch", "listen",
            "video", "videos", "audio", "photos", "gallery", "see", "all", "view", "permalink", "font", "size",
            "the", "and", "this", "page", "article", "open", "navigation", "toggle", "options", "settings",
            "account", "register", "login", "help", "contact", "about", "privacy", "policy", "terms", "feedback",
            "keyboard", "shortcuts", "tweet", "pin", "whats", "new", "updates", "alerts", "now", "here", "with",
            "a", "of", "for", "on", "your", "you", "may", "also", "like", "show", "hide", "continue", "reading");
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:By|BY|Written by|Reported by)\\s+((?:[A-Z][\\p{L}.'-]+\\s*){1,4}(?:(?:,|\\band\\b|&)\\s*(?:[A-Z][\\p{L}.'-]+\\s*){1,4})*)$");
    private static final Pattern CHROME_SPLIT = Pattern.compile("[\\s|/•·»>]+");
    private static final Pattern EDGE_NON_LETTERS = Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");
    private static final Pattern TERMINAL = Pattern.compile("[.!?…\"”’)]\\s*$");

    private LineShape() {
    }

    static boolean isTimecodes(String line) {
        return TIMECODES.matcher(line).matches();
    }

    /** Player messages no article sentence consists of: "please wait", "No media source currently available". */
    private static final Pattern PLAYER_MESSAGE = Pattern.compile(
            "(?i)^(?:please wait|loading(?: video| player)?\\.*|no media source currently available|"
                    + "(?:this )?(?:video|audio|media) (?:is )?(?:currently )?(?:un)?available|"
                    + "your browser does not support (?:the )?(?:video|audio)(?: tag| element)?\\.?)$");
    /** A mixed-case promo line: "Related: …", "Read more: …", "See also: …". */
    private static final Pattern PROMO_MIXED = Pattern.compile(
            "(?i)^(?:related|read more|read also|also read|see also|more from [\\p{L} .]{1,30}|also on [\\w.]+|watch|listen)"
                    + "\\s*:\\s*(.+)$");
    /** A gallery counter: "Image 1 of 5", "3/12". */
    private static final Pattern GALLERY_COUNTER = Pattern.compile(
            "(?i)^(?:(?:image|photo|picture|slide|item)\\s+)?\\d{1,3}\\s*(?:of|/)\\s*\\d{1,3}$");

    /** Calls to action of site chrome: cookie notices, "follow us on …", "share this story", newsletter pitches. */
    private static final Pattern CALL_TO_ACTION = Pattern.compile(
            "(?i)(?:\\buses? cookies\\b.*\\b(?:accept|agree|consent|opt[ -]out|continu(?:e|ing) to (?:use|browse))\\b"
                    + "|\\bfollow (?:us|him|her|them|me) on (?:twitter|facebook|instagram|linkedin|youtube)\\b"
                    + "|^(?:did you )?(?:like|enjoy|enjoyed|love) this (?:story|article|post)\\?"
                    + "|^share (?:this|the) (?:story|article|post)\\b"
                    + "|^(?:sign up|subscribe) (?:to|for) (?:our|the) [\\w\\s-]{0,30}newsletters?\\b)");

    /** A sentence of site chrome asking the reader to accept cookies, follow, share or subscribe. */
    static boolean isCallToAction(String line) {
        return wordCount(line) <= 60 && CALL_TO_ACTION.matcher(line).find();
    }

    /** Unmistakable media-player residue: time codes or a player message line. */
    static boolean isPlayerResidue(String line) {
        return isTimecodes(line) || PLAYER_MESSAGE.matcher(line.strip()).matches();
    }

    static boolean isGalleryCounter(String line) {
        return GALLERY_COUNTER.matcher(line.strip()).matches();
    }

    static boolean isMediaPlayer(String line) {
        boolean ellipsis = line.endsWith("...") || line.endsWith("…");
        return isTimecodes(line) || wordCount(line) <= 8 && (ellipsis || !endsSentence(line))
                && MEDIA_WORDS.matcher(line).find();
    }

    /** The promoted headline of a promo line, or null when the line is no promo. */
    static String promoTarget(String line) {
        var m = PROMO.matcher(line);
        if (m.matches()) {
            return m.group(1).strip();
        }
        m = PROMO_MIXED.matcher(line);
        return m.matches() && wordCount(line) <= 25 ? m.group(1).strip() : null;
    }

    static boolean isCaption(String line) {
        return CAPTION_OPENER.matcher(line).lookingAt() || mayCloseCaption(line) && CAPTION_CLOSER.matcher(line).find()
                && !line.contains("“") && !line.contains("\"");
    }

    /** Cheap test before the caption-closer pattern: a caption ends with a year or a parenthesised credit. */
    private static boolean mayCloseCaption(String line) {
        String s = line.stripTrailing();
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.endsWith(")") || s.length() >= 4 && Character.isDigit(s.charAt(s.length() - 1));
    }

    static boolean isChrome(String line) {
        int words = wordCount(line);
        if (words == 0 || words > 5 || endsSentence(line)) {
            return false;
        }
        boolean letters = false;
        for (String w : CHROME_SPLIT.split(line.toLowerCase(Locale.ROOT))) {
            String bare = EDGE_NON_LETTERS.matcher(w).replaceAll("");
            if (!bare.isEmpty() && !CHROME_WORDS.contains(bare)) {
                return false;
            }
            letters |= !bare.isEmpty();
        }
        return letters; // "63" or "85%" is a value, not chrome
    }

    /** Author names of a byline line, or null. */
    static String[] byline(String line) {
        var m = BYLINE.matcher(line.strip());
        if (!m.matches()) {
            return null;
        }
        return m.group(1).strip().split("\\s*(?:,|\\band\\b|&)\\s*");
    }

    static boolean endsSentence(String line) {
        return TERMINAL.matcher(line).find();
    }

    static int wordCount(String line) {
        String s = line.strip();
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /** A key for comparing lines: lower case, letters and digits only. */
    static String key(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        boolean gap = false;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp) || Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER
                    || Character.getType(cp) == Character.LETTER_NUMBER || Character.getType(cp) == Character.OTHER_NUMBER) {
                if (gap && sb.length() > 0) {
                    sb.append(' ');
                }
                gap = false;
                sb.appendCodePoint(Character.toLowerCase(cp));
            } else {
                gap = true;
            }
        }
        return sb.toString();
    }
}
