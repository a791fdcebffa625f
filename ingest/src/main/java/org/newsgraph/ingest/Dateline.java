package org.newsgraph.ingest;

import org.newsgraph.core.time.DateExpressionFinder;
import org.newsgraph.core.time.DateMention;
import org.newsgraph.core.time.DateResolver;
import org.newsgraph.core.time.ResolvedDate;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication date from a wire-style dateline at the start of the body:
 * "BAGHDAD, Jan. 8, 2020 (Reuters) — …" or "WASHINGTON (AP) Jan. 8, 2020 -". Only a dateline
 * with a full date (year included) counts.
 */
final class Dateline {

    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .'-]{1,40}(?:,\\s*\\p{Lu}[\\p{L} .'-]{1,30})?,?\\s*(?:\\([^)]{1,30}\\)\\s*)?.{0,40}?\\s*"
                    + "(?:\\([^)]{1,30}\\)\\s*)?[-–—]");

    private final DateExpressionFinder finder = new DateExpressionFinder();

    /** The dateline's date, or null. */
    LocalDate find(String body) {
        Matcher m = DATELINE.matcher(body.length() > 200 ? body.substring(0, 200) : body);
        if (!m.lookingAt()) {
            return null;
        }
        for (DateMention d : finder.find(m.group())) {
            if (d.kind() == DateMention.Kind.FULL_DATE) {
                return new DateResolver(null).resolve(d).map(ResolvedDate::value).orElse(null);
            }
        }
        return null;
    }
}
