package org.newsgraph.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.newsgraph.core.time.DateExpressionFinder;
import org.newsgraph.core.time.DateMention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's metadata: headline, authors, publication date, canonical URL, site name and language,
 * from JSON-LD ({@code NewsArticle} and kin), Open Graph and other {@code meta} tags,
 * {@code itemprop} microdata, {@code <time datetime>}, bylines and date patterns in the URL.
 * Each field records where it came from.
 *
 * @param published ISO date or date-time, or null
 * @param sources   field name → where it was found
 */
public record HtmlMetadata(String title, List<String> authors, String published, String language, String canonicalUrl,
                           String siteName, Map<String, String> sources) {

    private static final Logger LOG = LoggerFactory.getLogger(HtmlMetadata.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "blogposting", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "liveblogposting",
            "scholarlyarticle", "techarticle", "report", "socialmediaposting", "webpage", "review");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+(?:[|–—·•»:~/]|-{1,2}|::)\\s+");
    private static final Pattern URL_DATE = Pattern.compile(
            "(?i)/((?:19|20)\\d\\d)[/-](?:[a-z][a-z-]*/)?(0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:/|-|\\.|$)");
    private static final Pattern URL_COMPACT_DATE = Pattern.compile(
            "[/_-]((?:19|20)\\d\\d)(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?:[/_.-]|$)");
    private static final Pattern URL_HOST = Pattern.compile("^[a-z]+://([^/:?#]+)");
    private static final Pattern COMPACT_START = Pattern.compile("^((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)");
    private static final Pattern ISO_START = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern BY_PREFIX = Pattern.compile("(?i)^\\s*(?:written\\s+|posted\\s+|reported\\s+)?by[:\\s]+");
    /** "post by Jane Doe on …", "By Jane Doe and John Roe |": the names after "by". */
    private static final Pattern BY_NAME = Pattern.compile(
            "(?i:\\bby)\\s+(\\p{Lu}[\\p{L}.'-]+(?:\\s+\\p{Lu}[\\p{L}.'-]+){0,3}"
                    + "(?:\\s*(?:,|and|&)\\s*\\p{Lu}[\\p{L}.'-]+(?:\\s+\\p{Lu}[\\p{L}.'-]+){0,3})*)");
    /** Class-name parts of the small elements that carry a byline or date. */
    private static final Set<String> META_BLOCK_PARTS = Set.of("submitted", "byline", "dateline", "date", "meta", "author",
            "posted", "published", "pubdate", "timestamp", "time", "postmeta", "entrymeta", "credit", "info", "details");
    private static final Pattern NAME_SPLIT = Pattern.compile("\\s*(?:,|;|\\band\\b|&|\\|)\\s*");
    /** What trails a name in a byline: "Jane Doe Tuesday, Aug. 17", "Jane Doe Updated 5:00 PM". */
    private static final Pattern DATE_TAIL = Pattern.compile(
            "(?i)\\s+(?:on|at|updated|published|posted|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
                    + "|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
                    + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b.*$");
    private static final DateExpressionFinder DATES = new DateExpressionFinder();

    public HtmlMetadata {
        authors = List.copyOf(authors);
        sources = Map.copyOf(sources);
    }

    /** Reads the metadata of {@code doc}; {@code url} (may be null) is the page's address. */
    public static HtmlMetadata read(Document doc, String url) {
        Scan scan = new Scan();
        NodeTraversor.traverse(scan, doc);
        Map<String, String> meta = scan.meta;
        JsonLd ld = JsonLd.read(scan.jsonLd);
        Map<String, String> sources = new LinkedHashMap<>();

        String siteName = first(sources, "siteName", meta.get("og:site_name"), "og:site_name", ld.publisher, "json-ld publisher",
                meta.get("application-name"), "application-name", meta.get("twitter:site"), "twitter:site");
        if (siteName != null && siteName.startsWith("@")) {
            siteName = siteName.substring(1);
        }

        // old pages without h1: the first h2 is often the headline
        Element h1 = scan.h1 != null ? scan.h1 : scan.h2;
        String h1Text = h1 == null ? null : blankToNull(h1.text());
        String rawTitle = first(sources, "title", meta.get("og:title"), "og:title", ld.headline, "json-ld headline",
                meta.get("twitter:title"), "twitter:title", blankToNull(doc.title()), "title", h1Text, "h1");
        String title = rawTitle == null ? null : cleanTitle(rawTitle, siteName, h1Text, url);

        List<String> authors = new ArrayList<>();
        String authorSource = null;
        if (!ld.authors.isEmpty()) {
            addNames(authors, ld.authors);
            authorSource = "json-ld author";
        }
        if (authors.isEmpty()) {
            for (String key : List.of("author", "article:author", "byl", "sailthru.author", "parsely-author", "dc.creator",
                    "twitter:creator")) {
                String v = meta.get(key);
                if (v != null && !v.contains("/") && !v.startsWith("@")) {
                    addNames(authors, List.of(v));
                    authorSource = key;
                    break;
                }
            }
        }
        if (authors.isEmpty()) {
            for (Element e : scan.bylines) {
                Element name = e.selectFirst("[itemprop=name]");
                String text = name != null ? name.text() : e.text();
                if (text.length() <= 80) {
                    addNames(authors, List.of(text));
                }
                if (!authors.isEmpty()) {
                    authorSource = "byline";
                    break;
                }
            }
        }
        if (authors.isEmpty()) {
            for (Element e : scan.metaBlocks) {
                String text = e.text();
                Matcher by = BY_NAME.matcher(text);
                if (text.length() <= 200 && by.find()) {
                    addNames(authors, List.of(by.group(1)));
                    if (!authors.isEmpty()) {
                        authorSource = "byline";
                        break;
                    }
                }
            }
        }
        String siteKey = siteName == null ? null : key(siteName);
        String host = hostKey(url);
        authors.removeIf(a -> isSite(a, siteKey, host));
        if (authorSource != null && !authors.isEmpty()) {
            sources.put("authors", authorSource);
        }

        String published = date(ld.datePublished);
        String dateSource = "json-ld datePublished";
        for (String key : META_DATE_KEYS) {
            if (published != null) {
                break;
            }
            published = date(meta.get(key));
            dateSource = key;
        }
        if (published == null) {
            published = date(scan.itempropDate == null ? null : itemprop(scan.itempropDate));
            dateSource = "itemprop datePublished";
        }
        if (published == null) {
            Element time = scan.pubTime != null ? scan.pubTime : scan.time;
            published = date(time == null ? null : time.attr("datetime"));
            dateSource = "time datetime";
        }
        if (published == null) {
            published = urlDate(url);
            dateSource = "url";
        }
        if (published == null) {
            for (Element e : scan.metaBlocks) {
                String text = e.text();
                if (text.length() <= 200 && (published = date(text)) != null) {
                    dateSource = HtmlPage.DATELINE;
                    break;
                }
            }
        }
        if (published == null) {
            published = date(ld.dateModified);
            dateSource = "json-ld dateModified";
        }
        if (published == null) {
            published = date(meta.get("article:modified_time"));
            dateSource = "article:modified_time";
        }
        if (published != null) {
            sources.put("published", dateSource);
        }

        Element html = doc.firstElementChild();
        String language = first(sources, "language", lang(attr(html, "lang")), "html lang",
                lang(attr(html, "xml:lang")), "html xml:lang",
                lang(meta.get("content-language")), "content-language", lang(meta.get("og:locale")), "og:locale",
                lang(ld.language), "json-ld inLanguage", lang(meta.get("language")), "meta language");

        String canonical = first(sources, "canonicalUrl", absolute(scan.canonical), "link canonical",
                meta.get("og:url"), "og:url", ld.url, "json-ld url");

        return new HtmlMetadata(title, authors, published, language, canonical, siteName, sources);
    }

    /** Meta tags that carry a publication date, most specific first. */
    private static final List<String> META_DATE_KEYS = List.of("article:published_time", "og:published_time", "pubdate",
            "publishdate", "publish-date", "date", "dc.date.issued", "dc.date", "dcterms.created", "sailthru.date",
            "parsely-pub-date", "article.published", "originalpublicationdate", "displaydate");

    /** One pass over the page collecting the elements metadata is read from. */
    private static final class Scan implements NodeVisitor {
        private static final int MAX_BYLINES = 10;
        final Map<String, String> meta = new HashMap<>();
        final List<Element> jsonLd = new ArrayList<>();
        final List<Element> bylines = new ArrayList<>();
        final List<Element> metaBlocks = new ArrayList<>();
        Element h1;
        Element h2;
        Element canonical;
        Element itempropDate;
        Element pubTime;
        Element time;

        @Override
        public void head(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return;
            }
            switch (e.normalName()) {
                case "meta" -> addMeta(e);
                case "script" -> {
                    if (e.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                        jsonLd.add(e);
                    }
                }
                case "h1" -> h1 = h1 == null ? e : h1;
                case "h2" -> h2 = h2 == null ? e : h2;
                case "link" -> {
                    if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical") && e.hasAttr("href")) {
                        canonical = e;
                    }
                }
                case "time" -> {
                    if (e.hasAttr("datetime")) {
                        if (pubTime == null && (e.hasAttr("pubdate") || e.attr("itemprop").contains("datePublished"))) {
                            pubTime = e;
                        }
                        time = time == null ? e : time;
                    }
                }
                default -> { }
            }
            String itemprop = e.attr("itemprop");
            if (!itemprop.isEmpty()) {
                if (itempropDate == null && itemprop.equals("datePublished")) {
                    itempropDate = e;
                } else if (itemprop.equals("author") && bylines.size() < MAX_BYLINES) {
                    bylines.add(e);
                    return;
                }
            }
            String cls = e.className();
            if (bylines.size() < MAX_BYLINES && (e.attr("rel").equalsIgnoreCase("author") || isBylineName(cls))) {
                bylines.add(e);
            }
            if (metaBlocks.size() < MAX_BYLINES && !cls.isEmpty() && isMetaBlockName(cls)) {
                metaBlocks.add(e);
            }
        }

        private static boolean isMetaBlockName(String cls) {
            int start = 0;
            int n = cls.length();
            for (int i = 0; i <= n; i++) {
                char c = i < n ? Character.toLowerCase(cls.charAt(i)) : ' ';
                if (c == ' ' || c == '-' || c == '_' || c == '\t' || c == '\n') {
                    if (i > start && META_BLOCK_PARTS.contains(cls.substring(start, i).toLowerCase(Locale.ROOT))) {
                        return true;
                    }
                    start = i + 1;
                }
            }
            return false;
        }

        private static boolean isBylineName(String cls) {
            if (cls.indexOf("byline") < 0 && cls.indexOf("author-name") < 0) {
                return false;
            }
            for (String c : cls.split("\\s+")) {
                if (c.equals("byline") || c.equals("author-name") || c.equals("byline-name")) {
                    return true;
                }
            }
            return false;
        }

        private void addMeta(Element m) {
            String content = m.attr("content").strip();
            if (content.isEmpty()) {
                return;
            }
            for (String key : new String[] {m.attr("property"), m.attr("name"), m.attr("http-equiv"), m.attr("itemprop")}) {
                if (!key.isEmpty()) {
                    meta.putIfAbsent(key.toLowerCase(Locale.ROOT).strip(), content);
                }
            }
        }
    }

    /** The first non-null of (value, source) pairs, recording its source under {@code field}. */
    private static String first(Map<String, String> sources, String field, String... pairs) {
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            String v = blankToNull(pairs[i]);
            if (v != null) {
                sources.put(field, pairs[i + 1]);
                return v;
            }
        }
        return null;
    }

    /**
     * The headline without the site name: a title like "Headline | Site" or "Site - Headline" is
     * cut at its separators, and the part naming the site (or the short tail, when the page's
     * {@code h1} or the site name confirms it) is dropped.
     */
    static String cleanTitle(String raw, String siteName, String h1, String url) {
        String title = raw.replaceAll("\\s+", " ").strip();
        if (h1 != null && key(h1).equals(key(title))) {
            return title;
        }
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        if (h1 != null) {
            String h = key(h1);
            for (String p : parts) {
                if (key(p).equals(h)) {
                    return p.strip();
                }
            }
            // "Headline: with a colon | Site" – the h1 may span several parts
            if (key(title).startsWith(h) && h.length() > 10) {
                return h1.replaceAll("\\s+", " ").strip();
            }
        }
        String site = siteName == null ? null : key(siteName);
        String host = hostKey(url);
        String firstPart = parts[0];
        String lastPart = parts[parts.length - 1];
        if (isSite(lastPart, site, host)) {
            return title.substring(0, title.length() - lastPart.length()).replaceFirst(TITLE_SEPARATOR.pattern() + "$", "")
                    .replaceFirst("\\s+[|–—·•»:~/-]+$", "").strip();
        }
        if (isSite(firstPart, site, host)) {
            return title.substring(firstPart.length()).replaceFirst("^" + TITLE_SEPARATOR.pattern(), "").strip();
        }
        return title;
    }

    private static boolean isSite(String part, String site, String host) {
        String p = key(part);
        if (p.isEmpty()) {
            return false;
        }
        if (site != null && !site.isEmpty() && (p.equals(site) || p.contains(site) || site.contains(p))) {
            return true;
        }
        String compact = p.replace(" ", "");
        return host != null && compact.length() >= 3 && (host.contains(compact) || compact.contains(host));
    }

    /** The registrable part of the URL's host without dots: "www.cnn.com" → "cnn". */
    private static String hostKey(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_HOST.matcher(url.toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return null;
        }
        String[] labels = m.group(1).split("\\.");
        if (labels.length >= 3 && labels[labels.length - 1].length() == 2 && labels[labels.length - 2].length() <= 3) {
            return labels[labels.length - 3]; // bbc.co.uk
        }
        return labels.length >= 2 ? labels[labels.length - 2] : labels[0];
    }

    private static void addNames(List<String> out, List<String> values) {
        Set<String> seen = new LinkedHashSet<>(out.stream().map(HtmlMetadata::key).toList());
        for (String v : values) {
            String cleaned = BY_PREFIX.matcher(v.replaceAll("\\s+", " ").strip()).replaceFirst("");
            for (String name : NAME_SPLIT.split(cleaned)) {
                String n = DATE_TAIL.matcher(name.strip()).replaceFirst("").replaceAll("[.,;:]+$", "").strip();
                if (isName(n) && seen.add(key(n))) {
                    out.add(n.length() > 4 && n.equals(n.toUpperCase(Locale.ROOT)) ? titleCase(n) : n);
                }
            }
        }
    }

    /** "JORDAN ROBERTSON" → "Jordan Robertson". */
    private static String titleCase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'';
        }
        return sb.toString();
    }

    /** Looks like a person's or desk's name: 1–5 words, letters, no address or digits. */
    private static boolean isName(String s) {
        if (s.isEmpty() || s.length() > 60 || s.contains("@") || s.contains("://") || s.matches(".*\\d.*")) {
            return false;
        }
        int words = s.split("\\s+").length;
        return words <= 5 && Character.isLetter(s.codePointAt(0));
    }

    /** An ISO date-time or date taken from a metadata value, or null. */
    static String date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        Matcher iso = ISO_START.matcher(v);
        if (iso.find()) {
            return valid(iso.group(1), iso.group(2), iso.group(3)) ? v : null;
        }
        Matcher compact = COMPACT_START.matcher(v);
        if (compact.find() && valid(compact.group(1), compact.group(2), compact.group(3))) {
            return compact.group(1) + "-" + compact.group(2) + "-" + compact.group(3);
        }
        for (DateMention m : DATES.find(v)) {
            if (m.kind() == DateMention.Kind.FULL_DATE) {
                return String.format(Locale.ROOT, "%04d-%02d-%02d", m.year(), m.month(), m.day());
            }
        }
        return null;
    }

    private static boolean valid(String y, String m, String d) {
        try {
            LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A date in the URL's path: /2019/11/18/, /2019-11-18-, /20191118/. */
    static String urlDate(String url) {
        if (url == null) {
            return null;
        }
        for (Pattern p : List.of(URL_DATE, URL_COMPACT_DATE)) {
            Matcher m = p.matcher(url);
            if (m.find() && valid(m.group(1), m.group(2), m.group(3))) {
                return String.format(Locale.ROOT, "%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
        }
        return null;
    }

    private static String itemprop(Element e) {
        for (String a : new String[] {"content", "datetime"}) {
            if (!e.attr(a).isBlank()) {
                return e.attr(a);
            }
        }
        return e.text();
    }

    /** "en-US" → "en"; null for empty or malformed values. */
    static String lang(String v) {
        if (v == null) {
            return null;
        }
        String s = v.strip().toLowerCase(Locale.ROOT).split("[-_,;\\s]")[0];
        return s.matches("[a-z]{2,3}") ? s : null;
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    private static String absolute(Element link) {
        if (link == null) {
            return null;
        }
        String abs = link.absUrl("href");
        return abs.isEmpty() ? blankToNull(link.attr("href")) : abs;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String key(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The article fields of a page's JSON-LD blocks. */
    private static final class JsonLd {
        String headline;
        String datePublished;
        String dateModified;
        String publisher;
        String language;
        String url;
        final List<String> authors = new ArrayList<>();

        static JsonLd read(List<Element> scripts) {
            JsonLd ld = new JsonLd();
            for (Element script : scripts) {
                String data = script.data().strip();
                if (data.isEmpty()) {
                    continue;
                }
                try {
                    JsonNode root = JSON.readTree(data);
                    ld.visit(root, 0);
                } catch (Exception e) {
                    LOG.debug("unreadable JSON-LD block skipped: {}", e.getMessage());
                }
            }
            return ld;
        }

        private void visit(JsonNode node, int depth) {
            if (node == null || depth > 4) {
                return;
            }
            if (node.isArray()) {
                node.forEach(n -> visit(n, depth + 1));
                return;
            }
            if (!node.isObject()) {
                return;
            }
            if (node.has("@graph")) {
                visit(node.get("@graph"), depth + 1);
            }
            if (!isArticle(node.get("@type"))) {
                return;
            }
            boolean page = typeIs(node.get("@type"), "webpage");
            if (headline == null || !page) {
                headline = pick(headline, text(node.get("headline")), page);
            }
            datePublished = pick(datePublished, text(node.get("datePublished")), page);
            dateModified = pick(dateModified, text(node.get("dateModified")), page);
            language = pick(language, text(node.get("inLanguage")), page);
            url = pick(url, text(node.get("url")), page);
            JsonNode pub = node.get("publisher");
            if (publisher == null && pub != null) {
                publisher = pub.isObject() ? text(pub.get("name")) : text(pub);
            }
            if (authors.isEmpty()) {
                JsonNode a = node.has("author") ? node.get("author") : node.get("creator");
                if (a != null) {
                    for (JsonNode x : a.isArray() ? a : List.of(a)) {
                        String name = x.isObject() ? text(x.get("name")) : text(x);
                        if (name != null && !(x.isObject() && typeIs(x.get("@type"), "organization") && !authors.isEmpty())) {
                            authors.add(name);
                        }
                    }
                }
            }
        }

        /** Article values win over values of a plain WebPage node. */
        private static String pick(String current, String candidate, boolean fromPage) {
            if (candidate == null) {
                return current;
            }
            return current == null || !fromPage ? candidate : current;
        }

        private static boolean isArticle(JsonNode type) {
            if (type == null) {
                return false;
            }
            for (JsonNode t : type.isArray() ? type : List.of(type)) {
                if (ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }

        private static boolean typeIs(JsonNode type, String name) {
            if (type == null) {
                return false;
            }
            for (JsonNode t : type.isArray() ? type : List.of(type)) {
                if (t.asText().equalsIgnoreCase(name)) {
                    return true;
                }
            }
            return false;
        }

        private static String text(JsonNode n) {
            if (n == null || n.isNull()) {
                return null;
            }
            if (n.isArray()) {
                return n.isEmpty() ? null : text(n.get(0));
            }
            if (n.isObject()) {
                return text(n.has("name") ? n.get("name") : n.get("@value"));
            }
            String s = n.asText().strip();
            return s.isEmpty() ? null : s;
        }
    }
}
