package org.newsgraph.ingest;

import org.newsgraph.core.model.Article;
import org.newsgraph.core.model.DateHow;
import org.newsgraph.core.model.PublicationDate;
import org.newsgraph.core.model.Removed;
import org.newsgraph.core.time.PublicationDateInference;
import org.newsgraph.ingest.clean.CleanedText;
import org.newsgraph.ingest.clean.ScrapedTextCleaner;
import org.newsgraph.ingest.html.HtmlExtractor;
import org.newsgraph.ingest.html.HtmlPage;
import org.newsgraph.ingest.html.DensityHtmlExtractor;
import org.newsgraph.ingest.read.ContentType;
import org.newsgraph.ingest.read.InputException;
import org.newsgraph.ingest.read.RawDocument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text and HTML to article: HTML goes through an {@link HtmlExtractor} ({@link DensityHtmlExtractor}
 * by default), all text through the {@link ScrapedTextCleaner}; the publication date comes from
 * metadata (the record, else the page), else a date line in the text, else is inferred from the
 * dates the text mentions. Stateless and thread-safe.
 *
 * <pre>{@code
 * Article a = new DefaultArticleExtractor().extract(document);          // for the analysis JSON
 * ExtractedArticle x = new DefaultArticleExtractor().extractDetailed(document); // + canonical URL, site, sources
 * }</pre>
 */
public final class DefaultArticleExtractor implements ArticleExtractor {

    /** Bodies longer than this are not one news article. */
    public static final int MAX_BODY_CHARS = 1_000_000;
    private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})");

    private final HtmlExtractor html;
    private final ScrapedTextCleaner cleaner = new ScrapedTextCleaner();
    private final PublicationDateInference inference = new PublicationDateInference();
    private final Dateline dateline = new Dateline();

    public DefaultArticleExtractor() {
        this(new DensityHtmlExtractor());
    }

    public DefaultArticleExtractor(HtmlExtractor html) {
        this.html = html;
    }

    @Override
    public Article extract(RawDocument doc) throws InputException {
        return extractDetailed(doc).article();
    }

    /**
     * Extracts the article with its canonical URL, site name and where each metadata field came from.
     *
     * @throws InputException when the document holds no article text
     */
    public ExtractedArticle extractDetailed(RawDocument doc) throws InputException {
        String name = doc.source().id() != null ? "record " + doc.source().id() : doc.source().uri();
        String text = doc.content();
        String title = doc.title();
        List<String> authors = new ArrayList<>(doc.authors());
        String published = doc.published();
        String language = null;
        Map<String, String> sources = new LinkedHashMap<>();
        if (title != null) {
            sources.put("title", "record");
        }
        if (!authors.isEmpty()) {
            sources.put("authors", "record");
        }
        if (published != null) {
            sources.put("published", "record");
        }
        ScrapedTextCleaner.Origin origin = ScrapedTextCleaner.Origin.SCRAPED;
        HtmlPage page = null;
        if (doc.type() == ContentType.HTML) {
            origin = ScrapedTextCleaner.Origin.MARKUP;
            try {
                page = html.extract(doc.content(), doc.source().uri());
            } catch (RuntimeException | StackOverflowError e) {
                throw new InputException(name + ": cannot extract the article from this HTML (" + e + ")", e);
            }
            text = page.text();
            page.sources().forEach(sources::putIfAbsent);
            title = title != null ? title : page.title();
            if (authors.isEmpty()) {
                authors.addAll(page.authors());
            }
            published = published != null ? published : page.published();
            language = page.language();
        }
        if (text.length() > 2 * MAX_BODY_CHARS) {
            throw new InputException(name + ": " + text.length() + " characters of text is too long for one article (limit "
                    + MAX_BODY_CHARS + ")");
        }
        CleanedText clean = cleaner.clean(text, title, origin);
        if (clean.body().isBlank()) {
            throw new InputException(name + ": no article text found");
        }
        if (clean.body().length() > MAX_BODY_CHARS) {
            throw new InputException(name + ": " + clean.body().length() + " characters of text is too long for one article (limit "
                    + MAX_BODY_CHARS + ")");
        }
        if (authors.isEmpty() && !clean.authors().isEmpty()) {
            authors.addAll(clean.authors());
            sources.put("authors", "byline");
        }
        if (clean.title() != null) {
            sources.putIfAbsent("title", "text");
        }
        PublicationDate date = metadataDate(published);
        if (date.isKnown() && HtmlPage.DATELINE.equals(sources.get("published"))) {
            date = PublicationDate.ofDay(date.value(), DateHow.TEXT);
        }
        if (!date.isKnown()) {
            sources.remove("published");
        }
        LocalDate stated = clean.dateline() != null ? clean.dateline() : dateline.find(clean.body());
        if (!date.isKnown() && stated != null) {
            date = PublicationDate.ofDay(stated, DateHow.TEXT);
            sources.put("published", "dateline");
        }
        if (!date.isKnown()) {
            List<String> texts = new ArrayList<>();
            texts.add(clean.body());
            if (page != null) {
                page.removed().stream().map(Removed::text).forEach(texts::add);
            }
            clean.removed().stream().map(Removed::text).forEach(texts::add);
            date = inference.infer(texts);
            if (date.isKnown()) {
                sources.put("published", "inferred");
            }
        }
        String lang = language(language, clean.body());
        if (language == null || language.isBlank()) {
            sources.remove("language");
            if (!"und".equals(lang)) {
                sources.put("language", "guessed from function words");
            }
        }
        List<Removed> removed = new ArrayList<>(page == null ? List.of() : page.removed());
        removed.addAll(clean.removed());
        Article article = new Article(doc.source(), clean.title(), authors, date, lang, clean.body(), removed);
        return new ExtractedArticle(article, page == null ? null : page.canonicalUrl(), page == null ? null : page.siteName(),
                sources);
    }

    private static PublicationDate metadataDate(String value) {
        if (value == null) {
            return PublicationDate.UNKNOWN;
        }
        Matcher m = ISO_DATE.matcher(value);
        if (m.find()) {
            try {
                return PublicationDate.ofDay(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))), DateHow.METADATA);
            } catch (java.time.DateTimeException e) {
                return PublicationDate.UNKNOWN;
            }
        }
        return PublicationDate.UNKNOWN;
    }

    /** The declared language, else "en" when common English function words dominate, else "und". */
    static String language(String declared, String body) {
        if (declared != null && !declared.isBlank()) {
            return declared.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        }
        String[] words = body.toLowerCase(Locale.ROOT).split("[^\\p{L}]+", 2000);
        int english = 0;
        for (String w : words) {
            switch (w) {
                case "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "was", "said", "with", "he", "it" -> english++;
                default -> { }
            }
        }
        return words.length > 0 && english * 10 >= words.length ? "en" : "und";
    }
}
