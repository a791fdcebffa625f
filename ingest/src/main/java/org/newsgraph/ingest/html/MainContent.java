package org.newsgraph.ingest.html;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the article in a page's text blocks. Every block votes for all its ancestors: prose
 * (long, sentence-like, few links) for, link-dominated text against, teaser snippets (a short
 * description in a small card beside a linked headline) not at all. The element with the best
 * total is the article container: the smallest one that holds the prose and as little furniture
 * as possible. Its blocks, minus the headline, link lists, teasers and the date/byline lines
 * above the first paragraph, are the article.
 */
final class MainContent {

    /** A card holding a teaser is at most this long. */
    private static final int CARD_CHARS = 1000;
    /** Votes go this many levels up at most: deeper nesting is malformed markup, not layout. */
    private static final int MAX_LEVELS = 200;
    private static final Pattern META_LINE = Pattern.compile(
            "(?i)\\b(published|updated|posted|last modified|min read|minutes? read|\\d{1,2}:\\d{2}\\s*[ap]\\.?m)\\b");

    private static final Pattern HAS_DIGIT = Pattern.compile("\\d");

    private MainContent() {
    }

    /** Sums over the blocks below an element. */
    private static final class Totals {
        int chars;
        int linkDenseChars;
        int prose;
        double score;
    }

    /**
     * The article found in a page.
     *
     * @param paragraphs the article's paragraphs in page order; empty when the page has no prose
     * @param metaLines  date, reading-time and byline lines left out above the first paragraph
     *                   or below the last
     */
    record Found(List<String> paragraphs, List<String> metaLines) {
    }

    /** Finds the article under {@code root}. */
    static Found find(Element root) {
        List<TextBlock> blocks = BlockWalker.collect(root);
        Map<Element, Totals> totals = totals(blocks);
        int n = blocks.size();
        boolean[] teaser = new boolean[n];
        double[] weight = new double[n];
        for (int i = 0; i < n; i++) {
            TextBlock b = blocks.get(i);
            weight[i] = weight(b);
            teaser[i] = weight[i] > 0 && isTeaser(blocks, i, totals);
            if (teaser[i]) {
                weight[i] = 0;
            }
        }
        Element container = container(blocks, weight, totals);
        List<String> out = new ArrayList<>();
        List<String> metaLines = new ArrayList<>();
        if (container == null) {
            return new Found(out, metaLines);
        }
        List<Integer> inside = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (inside(blocks.get(i).owner(), container)) {
                inside.add(i);
            }
        }
        boolean bodyStarted = false;
        Element lastRow = null;
        Element lastCell = null;
        for (int k = 0; k < inside.size(); k++) {
            int i = inside.get(k);
            TextBlock b = blocks.get(i);
            if (b.owner().normalName().equals("h1") || teaser[i] || isIdentifier(b.text())) {
                continue;
            }
            if (b.linkDensity() > 0.5 && !isTableCell(b)) {
                boolean prevLinky = k > 0 && blocks.get(inside.get(k - 1)).linkDensity() > 0.5;
                boolean nextLinky = k + 1 < inside.size() && blocks.get(inside.get(k + 1)).linkDensity() > 0.5;
                if (prevLinky || nextLinky || !bodyStarted || isListItem(b)) {
                    continue; // a list of links, not a link the article makes
                }
            }
            if (!bodyStarted) {
                if (b.chars() < 120 && META_LINE.matcher(b.text()).find()) {
                    metaLines.add(b.text());
                    continue; // date, reading time or byline above the text
                }
                bodyStarted = weight[i] >= 80;
            }
            Element row = isTableCell(b) ? b.owner().parent() : null;
            if (row != null && row == lastRow && b.owner() != lastCell && !out.isEmpty()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " | " + b.text()); // one line per table row
            } else {
                out.add(b.text());
            }
            lastRow = row;
            lastCell = b.owner();
        }
        // "First published Tuesday, 19 Nov 2019 08:38 AM" below the text
        while (!out.isEmpty()) {
            String last = out.get(out.size() - 1);
            if (last.length() >= 120 || !META_LINE.matcher(last).find() || !HAS_DIGIT.matcher(last).find()) {
                break;
            }
            metaLines.add(out.remove(out.size() - 1));
        }
        return new Found(out, metaLines);
    }

    private static Map<Element, Totals> totals(List<TextBlock> blocks) {
        Map<Element, Totals> totals = new IdentityHashMap<>();
        for (TextBlock b : blocks) {
            boolean linkDense = b.linkDensity() > 0.5;
            boolean prose = !linkDense && b.chars() >= 25;
            int level = 0;
            for (Element e = b.owner(); e != null && level++ < MAX_LEVELS; e = e.parent()) {
                Totals t = totals.computeIfAbsent(e, k -> new Totals());
                t.chars += b.chars();
                if (linkDense) {
                    t.linkDenseChars += b.chars();
                }
                if (prose) {
                    t.prose++;
                }
            }
        }
        return totals;
    }

    /**
     * A lone description in a small card after a linked headline: a teaser for another page.
     * (A one-paragraph article followed by a "listen"/"more" link is no teaser: the link comes after.)
     */
    private static boolean isTeaser(List<TextBlock> blocks, int i, Map<Element, Totals> totals) {
        if (i == 0) {
            return false;
        }
        TextBlock headline = blocks.get(i - 1);
        if (headline.linkDensity() <= 0.5 || headline.chars() < 8) {
            return false;
        }
        Element card = blocks.get(i).owner();
        for (int level = 0; level < 2 && card != null; level++, card = card.parent()) {
            Totals t = totals.get(card);
            if (t.chars > CARD_CHARS || t.prose > 1) {
                return false;
            }
            if (inside(headline.owner(), card)) {
                return true;
            }
        }
        return false;
    }

    static Element container(List<TextBlock> blocks, double[] weight, Map<Element, Totals> totals) {
        for (int i = 0; i < blocks.size(); i++) {
            if (weight[i] == 0) {
                continue;
            }
            int level = 0;
            for (Element e = blocks.get(i).owner(); e != null && level++ < MAX_LEVELS; e = e.parent()) {
                totals.get(e).score += weight[i];
            }
        }
        Element best = null;
        double bestScore = 0;
        int bestDepth = -1;
        for (Map.Entry<Element, Totals> e : totals.entrySet()) {
            double s = e.getValue().score;
            if (s < bestScore - 1e-9) {
                continue;
            }
            int depth = depth(e.getKey());
            if (s > bestScore + 1e-9 || depth > bestDepth) {
                best = e.getKey();
                bestScore = s;
                bestDepth = depth;
            }
        }
        return bestScore > 0 ? best : null;
    }

    /** A block's vote: prose counts its unlinked characters, link-dominated text counts against. */
    static double weight(TextBlock b) {
        int chars = b.chars();
        double ld = b.linkDensity();
        if (ld > 0.5) {
            return -chars;
        }
        if (chars < 25 && !endsSentence(b.text())) {
            return 0;
        }
        return chars * (1 - ld);
    }

    /** One long "word" with dashes or underscores: a CSS class or key shown as text, not prose. */
    private static boolean isIdentifier(String text) {
        if (text.length() < 16) {
            return false;
        }
        boolean joiner = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                return false;
            }
            joiner |= c == '-' || c == '_';
        }
        return joiner;
    }

    private static boolean isTableCell(TextBlock b) {
        String tag = b.owner().normalName();
        return tag.equals("td") || tag.equals("th");
    }

    private static boolean isListItem(TextBlock b) {
        String tag = b.owner().normalName();
        return tag.equals("li") || tag.equals("dt") || tag.equals("dd");
    }

    private static boolean endsSentence(String text) {
        char c = text.charAt(text.length() - 1);
        return c == '.' || c == '!' || c == '?' || c == '"' || c == '”' || c == ':';
    }

    private static boolean inside(Element e, Element container) {
        int level = 0;
        for (Element x = e; x != null && level++ <= MAX_LEVELS; x = x.parent()) {
            if (x == container) {
                return true;
            }
        }
        return false;
    }

    private static int depth(Element e) {
        int d = 0;
        for (Element x = e.parent(); x != null && d < 100_000; x = x.parent()) {
            d++;
        }
        return d;
    }
}
