package org.newsgraph.ingest.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Walks a page once and cuts its visible text into {@link TextBlock}s, skipping what a reader
 * never sees as article text: scripts, forms controls, media, navigation, hidden elements and
 * blocks whose class or id names them as page furniture (unless they hold much of the page).
 */
final class BlockWalker {

    static final Set<String> BLOCK_TAGS = Set.of(
            "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dir", "div", "dl", "dt",
            "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "li",
            "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr",
            "td", "th", "ul", "caption", "html", "hr", "frameset", "noframes");
    private static final Set<String> SKIP_TAGS = Set.of(
            "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "frame", "object", "embed",
            "video", "audio", "source", "track", "img", "picture", "button", "input", "select", "option", "optgroup",
            "textarea", "label", "nav", "aside", "footer", "dialog", "figcaption", "head", "title", "meta", "link",
            "map", "area", "applet", "datalist", "output", "progress", "meter", "menu", "base", "param", "tfoot");

    /** A furniture-named block holding more than this share of the page's text is kept anyway. */
    private static final double KEEP_SHARE = 0.35;

    private final List<TextBlock> blocks = new ArrayList<>();
    private final StringBuilder buf = new StringBuilder();
    private final int pageChars;
    private int linkChars;
    private Element owner;

    private BlockWalker(int pageChars) {
        this.pageChars = pageChars;
    }

    /** The text blocks under {@code root}, in document order. */
    static List<TextBlock> collect(Element root) {
        BlockWalker w = new BlockWalker(textLength(root, Integer.MAX_VALUE));
        w.owner = root;
        NodeTraversor.filter(w.new Visitor(), root);
        w.flush();
        return w.blocks;
    }

    /** Walks without recursion, so deeply nested (malformed) pages cannot overflow the stack. */
    private final class Visitor implements NodeFilter {

        private final ArrayDeque<Element> owners = new ArrayDeque<>();
        private int linkDepth;
        private int preDepth;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                append(t.getWholeText(), linkDepth > 0, preDepth > 0);
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e) || depth == 0) {
                return FilterResult.CONTINUE;
            }
            String tag = e.normalName();
            if (tag.equals("br")) {
                lineBreak();
                return FilterResult.SKIP_CHILDREN;
            }
            if (SKIP_TAGS.contains(tag) || isHidden(e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            boolean block = BLOCK_TAGS.contains(tag);
            if (block && isFurniture(e, tag)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (block) {
                flush();
                owners.push(owner);
                owner = e;
            }
            if (tag.equals("a")) {
                linkDepth++;
            } else if (tag.equals("pre")) {
                preDepth++;
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element e) || depth == 0) {
                return FilterResult.CONTINUE;
            }
            String tag = e.normalName();
            if (tag.equals("a")) {
                linkDepth--;
            } else if (tag.equals("pre")) {
                preDepth--;
            }
            if (e == owner && !owners.isEmpty()) {
                flush();
                owner = owners.pop();
            }
            return FilterResult.CONTINUE;
        }
    }

    private boolean isFurniture(Element e, String tag) {
        BoilerplateNames.Verdict v = BoilerplateNames.judge(e);
        if (v == BoilerplateNames.Verdict.HIDDEN) {
            return true;
        }
        if (v == BoilerplateNames.Verdict.COMMENTS) {
            return e.selectFirst("h1") == null; // unless the page itself is misnamed
        }
        if (v == BoilerplateNames.Verdict.FURNITURE || tag.equals("header")) {
            // embedded posts (tweets and the like) quoted by the article sit in "social"/"embed" wrappers
            if (e.selectFirst("blockquote") != null && !tag.equals("header")) {
                return false;
            }
            int limit = (int) (pageChars * KEEP_SHARE);
            return textLength(e, limit + 1) <= limit;
        }
        return false;
    }

    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden")) {
            return true;
        }
        String style = e.attributes().getIgnoreCase("style");
        if (!style.isEmpty()) {
            String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
            if (s.contains("display:none") || s.contains("visibility:hidden")) {
                return true;
            }
        }
        return "true".equalsIgnoreCase(e.attributes().getIgnoreCase("aria-hidden"));
    }

    private void append(String text, boolean inLink, boolean pre) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && pre) {
                lineBreak();
            } else if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\u2009' || c == '\u202F') {
                if (c == '\u200B') {
                    continue;
                }
                int len = buf.length();
                if (len > 0 && buf.charAt(len - 1) != ' ' && buf.charAt(len - 1) != '\n') {
                    buf.append(' ');
                }
            } else {
                buf.append(c);
                if (inLink) {
                    linkChars++;
                }
            }
        }
    }

    /** One break ends a line; two in a row end a paragraph. */
    private void lineBreak() {
        int len = buf.length();
        while (len > 0 && buf.charAt(len - 1) == ' ') {
            buf.setLength(--len);
        }
        if (len == 0) {
            return;
        }
        if (buf.charAt(len - 1) == '\n') {
            flush();
        } else {
            buf.append('\n');
        }
    }

    private void flush() {
        String text = buf.toString().strip();
        if (!text.isEmpty()) {
            blocks.add(new TextBlock(owner, text, Math.min(linkChars, text.length())));
        }
        buf.setLength(0);
        linkChars = 0;
    }

    /** Characters of text under {@code e}, counting stops once past {@code limit}. */
    static int textLength(Element e, int limit) {
        int[] sum = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (sum[0] > limit) {
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode t) {
                    sum[0] += t.getWholeText().strip().length();
                } else if (node instanceof Element c && (c.normalName().equals("script") || c.normalName().equals("style"))) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, e);
        return sum[0];
    }
}
