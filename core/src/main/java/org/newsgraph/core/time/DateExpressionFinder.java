package org.newsgraph.core.time;

import org.newsgraph.core.model.Span;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds English time expressions of news text with a few regular expressions: explicit dates,
 * months, years, weekdays ("last Friday") and deictic or relative periods ("yesterday",
 * "last week", "three days ago"). Much cheaper than SUTime, and enough for dating news events.
 */
public final class DateExpressionFinder {

    private static final String MONTH = "(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?"
            + "|Aug(?:ust|\\.)?|Sep(?:t(?:ember)?)?\\.?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";
    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String NUMBER = "(\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)";

    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*|\\s+)((?:19|20)\\d\\d)\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+((?:19|20)\\d\\d)\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!:)");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+((?:19|20)\\d\\d)\\b");
    private static final Pattern MONTH_ALONE = Pattern.compile(
            "\\b(?:in|since|until|by|early|late|mid-?|last|next|this)\\s+" + MONTH + "(?![\\w.])");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d,.$-])\\b((?:19|20)\\d\\d)\\b(?![\\d%-])");
    private static final Pattern WEEKDAY_EXPR = Pattern.compile(
            "\\b(?:(last|next|this|on|past)\\s+)?" + WEEKDAY + "(?:\\s+(?:morning|afternoon|evening|night))?\\b");
    private static final Pattern DEIXIS = Pattern.compile("(?i)\\b(today|yesterday|tomorrow|tonight)\\b");
    private static final Pattern PERIOD = Pattern.compile(
            "(?i)\\b(last|this|next|past)\\s+(week|month|year|weekend)\\b");
    private static final Pattern AGO = Pattern.compile(
            "(?i)\\b" + NUMBER + "\\s+(day|week|month|year)s?\\s+ago\\b");

    /** All time expressions of {@code text}, in text order, longest match first where they overlap. */
    public List<DateMention> find(String text) {
        List<DateMention> found = new ArrayList<>();
        Matcher m = ISO.matcher(text);
        while (m.find()) {
            add(found, new DateMention(span(m), DateMention.Kind.FULL_DATE, i(m.group(1)), i(m.group(2)), i(m.group(3)),
                    null, null, null));
        }
        m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            add(found, new DateMention(span(m), DateMention.Kind.FULL_DATE, i(m.group(3)), month(m.group(1)),
                    i(m.group(2)), null, null, null));
        }
        m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            add(found, new DateMention(span(m), DateMention.Kind.FULL_DATE, i(m.group(3)), month(m.group(2)),
                    i(m.group(1)), null, null, null));
        }
        m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            add(found, new DateMention(span(m), DateMention.Kind.MONTH_YEAR, i(m.group(2)), month(m.group(1)),
                    null, null, null, null));
        }
        m = MONTH_DAY.matcher(text);
        while (m.find()) {
            int day = i(m.group(2));
            if (day >= 1 && day <= 31) {
                add(found, new DateMention(span(m), DateMention.Kind.MONTH_DAY, null, month(m.group(1)), day,
                        null, null, null));
            }
        }
        m = MONTH_ALONE.matcher(text);
        while (m.find()) {
            String lead = m.group().substring(0, m.start(1) - m.start()).strip().toLowerCase(Locale.ROOT);
            Integer dir = switch (lead) {
                case "last" -> -1;
                case "next" -> 1;
                case "this" -> 0;
                default -> null;
            };
            Span s = dir == null ? new Span(m.start(1), m.end(1)) : span(m);
            add(found, new DateMention(s, DateMention.Kind.MONTH, null, month(m.group(1)), null, null, dir, null));
        }
        m = YEAR.matcher(text);
        while (m.find()) {
            add(found, new DateMention(span(m), DateMention.Kind.YEAR, i(m.group(1)), null, null, null, null, null));
        }
        m = WEEKDAY_EXPR.matcher(text);
        while (m.find()) {
            String lead = m.group(1) == null ? "" : m.group(1);
            Integer dir = switch (lead) {
                case "last", "past" -> -1;
                case "next" -> 1;
                case "this" -> 0;
                default -> null;
            };
            int start = lead.equals("on") || lead.isEmpty() ? m.start(2) : m.start();
            add(found, new DateMention(new Span(start, m.end()), DateMention.Kind.WEEKDAY, null, null, null,
                    DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT)), dir, null));
        }
        m = DEIXIS.matcher(text);
        while (m.find()) {
            int offset = switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "yesterday" -> -1;
                case "tomorrow" -> 1;
                default -> 0;
            };
            add(found, new DateMention(span(m), DateMention.Kind.DAY_DEIXIS, null, null, null, null, offset, null));
        }
        m = PERIOD.matcher(text);
        while (m.find()) {
            int dir = switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "last", "past" -> -1;
                case "next" -> 1;
                default -> 0;
            };
            add(found, new DateMention(span(m), DateMention.Kind.RELATIVE_PERIOD, null, null, null, null, dir,
                    unitDays(m.group(2))));
        }
        m = AGO.matcher(text);
        while (m.find()) {
            int n = number(m.group(1));
            add(found, new DateMention(span(m), DateMention.Kind.RELATIVE_PERIOD, null, null, null, null, -1,
                    n * unitDays(m.group(2))));
        }
        found.sort((a, b) -> a.span().compareTo(b.span()));
        return found;
    }

    /** Keeps the first-found (more specific) expression where two overlap. */
    private static void add(List<DateMention> found, DateMention candidate) {
        for (DateMention d : found) {
            if (d.span().overlaps(candidate.span())) {
                return;
            }
        }
        found.add(candidate);
    }

    private static int unitDays(String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "week" -> 7;
            case "month" -> 30;
            case "year" -> 365;
            case "weekend" -> 0; // special: the weekend before or after
            default -> 1;
        };
    }

    private static int number(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "a", "an", "one" -> 1;
            case "two" -> 2;
            case "three", "several", "a few" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            case "eight" -> 8;
            case "nine" -> 9;
            case "ten" -> 10;
            default -> Integer.parseInt(word);
        };
    }

    static Integer month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String[] prefixes = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int k = 0; k < prefixes.length; k++) {
            if (n.startsWith(prefixes[k])) {
                return k + 1;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static Integer i(String s) {
        return Integer.valueOf(s);
    }

    private static Span span(Matcher m) {
        return new Span(m.start(), m.end());
    }
}
