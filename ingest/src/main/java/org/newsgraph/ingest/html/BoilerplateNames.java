package org.newsgraph.ingest.html;

import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.Set;

/**
 * Reads the class and id names of an element as a hint of what it holds. A name is split into
 * its parts ({@code "post-comments"} → post, comments); a name with a part like comments, share,
 * related, promo, newsletter, cookie or sidebar marks page furniture, a name made of parts like
 * article, body, content, entry or story marks content. Generic web vocabulary only.
 */
final class BoilerplateNames {

    private static final Set<String> NEGATIVE_PARTS = Set.of(
            "share", "shares", "sharing", "sharebar", "sharetools", "social",
            "socials", "related", "relatedposts", "recommended", "recommendations", "recirc", "promo", "promos",
            "promotion", "newsletter", "newsletters", "subscribe", "subscription", "signup", "paywall", "cookie",
            "cookies", "consent", "gdpr", "banner", "advert", "advertisement", "advertising", "ad", "ads", "adslot",
            "adunit", "adwrapper", "dfp", "sponsor", "sponsored", "outbrain", "taboola", "footer", "sidebar",
            "widget", "widgets", "breadcrumb", "breadcrumbs", "nav", "navbar", "navigation", "menu", "popup", "modal",
            "overlay", "masthead", "toolbar", "pagination", "pager", "tags", "tagcloud", "tagged", "topics", "keywords",
            "bio", "byline", "author", "authors", "caption", "captions", "credit", "credits", "dateline", "meta",
            "timestamp", "print", "rating", "skip", "trending", "popular", "mostread", "mostpopular", "embed",
            "video", "player", "audio", "gallery", "slideshow", "carousel", "button", "btn", "icon", "icons",
            "login", "signin", "register", "follow", "subnav", "header", "toc", "teaser", "teasers", "more",
            "tooltip", "alert", "notification", "feedback", "reactions", "disclaimer", "hide", "sronly", "offscreen",
            "image", "images", "img", "photo", "photos", "picture", "figure", "thumbnail", "thumb", "lightbox");
    private static final Set<String> COMMENT_PARTS = Set.of(
            "comment", "comments", "commenting", "commentlist", "disqus", "reply", "replies", "respond", "discussion");
    private static final Set<String> POSITIVE_PARTS = Set.of(
            "article", "articlebody", "body", "content", "entry", "main", "post", "story", "text", "prose", "blog",
            "copy", "richtext", "paragraph", "paragraphs");
    private static final Set<String> HIDDEN_NAMES = Set.of(
            "hidden", "is-hidden", "visually-hidden", "visuallyhidden", "sr-only", "screen-reader-text",
            "screenreader", "element-invisible", "u-hidden", "hide", "d-none");

    private static final int COMMENTS_KIND = -2;

    private BoilerplateNames() {
    }

    /** What the element's names say. */
    enum Verdict { NEUTRAL, CONTENT, FURNITURE, COMMENTS, HIDDEN }

    static Verdict judge(Element el) {
        String cls = el.attributes().getIgnoreCase("class");
        String id = el.attributes().getIgnoreCase("id");
        if (cls.isEmpty() && id.isEmpty()) {
            return Verdict.NEUTRAL;
        }
        boolean negative = false;
        boolean positive = false;
        boolean comments = false;
        String all = cls + " " + id;
        int n = all.length();
        int start = 0;
        for (int i = 0; i <= n; i++) {
            if (i < n && !Character.isWhitespace(all.charAt(i))) {
                continue;
            }
            if (i > start) {
                String name = all.substring(start, i);
                if (HIDDEN_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
                    return Verdict.HIDDEN;
                }
                int kind = classify(name);
                if (kind == COMMENTS_KIND) {
                    comments = true;
                } else if (kind < 0) {
                    negative = true;
                } else if (kind > 0) {
                    positive = true;
                }
            }
            start = i + 1;
        }
        return positive ? Verdict.CONTENT : comments ? Verdict.COMMENTS : negative ? Verdict.FURNITURE : Verdict.NEUTRAL;
    }

    /**
     * -2 comments, -1 furniture, +1 content, 0 neither; a name with both kinds of parts is furniture. Parts
     * are split at punctuation, digits and camel-case humps ({@code relatedLinks}).
     */
    static int classify(String name) {
        int result = 0;
        int start = 0;
        int n = name.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? name.charAt(i) : '-';
            boolean hump = i > 0 && i < n && Character.isUpperCase(c) && Character.isLowerCase(name.charAt(i - 1));
            if (hump || c == '-' || c == '_' || c == ':' || c == '.' || c == '/' || Character.isDigit(c)) {
                if (i > start) {
                    String part = name.substring(start, i).toLowerCase(Locale.ROOT);
                    if (COMMENT_PARTS.contains(part)) {
                        return COMMENTS_KIND;
                    }
                    if (NEGATIVE_PARTS.contains(part)) {
                        return -1;
                    }
                    if (POSITIVE_PARTS.contains(part)) {
                        result = 1;
                    }
                }
                start = hump ? i : i + 1;
            }
        }
        return result;
    }
}
