package org.newsgraph.ingest.clean;

import org.newsgraph.core.model.Removed;
import org.newsgraph.core.time.DateExpressionFinder;
import org.newsgraph.core.time.DateMention;
import org.newsgraph.core.time.DateResolver;
import org.newsgraph.core.time.ResolvedDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cleans text that was scraped from a web page: finds the headline, moves page junk (navigation,
 * media-player residue, promos, photo captions, repeated lines) to {@code removed} with a reason,
 * and keeps every article paragraph. Rules look at line shape, position and repetition only.
 *
 * <pre>{@code
 * CleanedText clean = new ScrapedTextCleaner().clean(scraped, null);
 * clean.title(); clean.body(); clean.removed();
 * }</pre>
 */
public final class ScrapedTextCleaner {

    /** A line that states only a date (and maybe a time), as under a headline. */
    private static final Pattern DATE_LINE = Pattern.compile(
            "^(?:(?:Published|Updated|Last updated|Posted|Date)\\s*:?\\s*)?(?:[A-Z][a-z]+day,?\\s+)?"
                    + "[A-Za-z0-9 ,.:/-]{6,40}?(?:\\s+(?:\\d{1,2}:\\d{2}\\s*(?:[AaPp]\\.?[Mm]\\.?)?(?:\\s*[A-Z]{2,4})?))?$");
    private static final int MAX_TITLE_WORDS = 30;
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");

    private final DateExpressionFinder dates = new DateExpressionFinder();

    /** Where the text comes from, which decides how far its line breaks can be trusted. */
    public enum Origin {
        /** text scraped off a page by someone else: junk lines, repeated lines, hard wraps */
        SCRAPED,
        /**
         * paragraphs already cut out of markup by an extractor: structure is real, so repeated
         * lines are kept (recipes, tables) and only unmistakable media-player residue is cut
         */
        MARKUP
    }

    /**
     * Cleans {@code text}.
     *
     * @param text       the scraped text
     * @param knownTitle a title given by metadata (its copy in the text is dropped), or null to detect one
     */
    public CleanedText clean(String text, String knownTitle) {
        return clean(text, knownTitle, Origin.SCRAPED);
    }

    /**
     * Cleans {@code text} from {@code origin}.
     *
     * @param knownTitle a title given by metadata (its copy in the text is dropped), or null to detect one
     */
    public CleanedText clean(String text, String knownTitle, Origin origin) {
        boolean markup = origin == Origin.MARKUP;
        List<String> units = units(text);
        List<Removed> removed = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        List<String> authors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> promoted = new HashSet<>();
        String title = knownTitle == null || knownTitle.isBlank() ? null : knownTitle.strip();
        String titleKey = title == null ? null : LineShape.key(title);
        boolean detectTitle = title == null;
        LocalDate dateline = null;
        for (String unit : units) {
            String key = LineShape.key(unit);
            boolean beforeBody = kept.isEmpty();
            String promo = LineShape.promoTarget(unit);
            if (key.isEmpty()) {
                removed.add(new Removed(unit, "other"));
            } else if (titleKey != null && key.equals(titleKey) && beforeBody) {
                continue; // the headline printed again at the top of the text
            } else if (markup ? LineShape.isPlayerResidue(unit) : LineShape.isMediaPlayer(unit)) {
                removed.add(new Removed(unit, "media-player"));
            } else if (promo != null) {
                promoted.add(LineShape.key(promo));
                removed.add(new Removed(unit, "navigation"));
            } else if (promoted.contains(key) || !markup && seen.contains(key)) {
                removed.add(new Removed(unit, "duplicate"));
            } else if (LineShape.isChrome(unit) || LineShape.isGalleryCounter(unit) || LineShape.isCallToAction(unit)) {
                removed.add(new Removed(unit, "navigation"));
            } else if (LineShape.isCaption(unit)) {
                removed.add(new Removed(unit, "caption"));
            } else if (beforeBody && LineShape.byline(unit) != null) {
                authors.addAll(Arrays.asList(LineShape.byline(unit)));
                removed.add(new Removed(unit, "other"));
            } else if (beforeBody && dateline == null && (dateline = dateOnly(unit)) != null) {
                removed.add(new Removed(unit, "other"));
            } else if (detectTitle && beforeBody && looksLikeHeadline(unit)) {
                title = unit;
                titleKey = key;
                detectTitle = false;
            } else if (detectTitle && beforeBody && !LineShape.endsSentence(unit) && LineShape.wordCount(unit) < 3) {
                removed.add(new Removed(unit, "navigation")); // short page furniture above the headline
            } else {
                kept.add(unit);
            }
            seen.add(key);
        }
        return new CleanedText(title, String.join("\n\n", kept), removed, authors, dateline);
    }

    private static boolean looksLikeHeadline(String unit) {
        int words = LineShape.wordCount(unit);
        return words >= 3 && words <= MAX_TITLE_WORDS && !unit.endsWith(".") && !unit.endsWith(",")
                && Character.isUpperCase(unit.codePointAt(0));
    }

    /** The date of a line that holds nothing but a date, or null. */
    private LocalDate dateOnly(String unit) {
        if (unit.length() > 60 || !DATE_LINE.matcher(unit).matches()) {
            return null;
        }
        for (DateMention m : dates.find(unit)) {
            if (m.kind() == DateMention.Kind.FULL_DATE) {
                return new DateResolver(null).resolve(m).map(ResolvedDate::value).orElse(null);
            }
        }
        return null;
    }

    /**
     * Splits text into candidate paragraphs: blocks between blank lines; a block's lines are
     * joined when they are hard-wrapped prose, else each line stands alone.
     */
    static List<String> units(String text) {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ')
                .replace("\u200B", "").replace('\t', ' ');
        List<String> units = new ArrayList<>();
        for (String block : BLANK_LINE.split(normalized)) {
            List<String> lines = block.lines().map(l -> SPACES.matcher(l.strip()).replaceAll(" ")).filter(l -> !l.isEmpty()).toList();
            if (lines.isEmpty()) {
                continue;
            }
            if (isHardWrapped(lines)) {
                units.add(String.join(" ", lines));
            } else {
                units.addAll(lines);
            }
        }
        return units;
    }

    /**
     * Lines of similar, long length, at least one of them broken mid-sentence, are one paragraph
     * wrapped at a fixed width.
     */
    private static boolean isHardWrapped(List<String> lines) {
        if (lines.size() < 2) {
            return false;
        }
        for (String line : lines) {
            if (LineShape.isMediaPlayer(line) || LineShape.isChrome(line) || LineShape.promoTarget(line) != null) {
                return false;
            }
        }
        int min = Integer.MAX_VALUE;
        int max = 0;
        boolean brokenMidSentence = false;
        for (int i = 0; i < lines.size() - 1; i++) {
            int length = lines.get(i).length();
            min = Math.min(min, length);
            max = Math.max(max, length);
            brokenMidSentence |= !LineShape.endsSentence(lines.get(i));
        }
        return brokenMidSentence && min >= 40 && max <= 100 && max - min <= 25;
    }
}
