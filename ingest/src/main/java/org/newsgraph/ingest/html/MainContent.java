package org.newsgraph.ingest.html;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the article in a page's text blocks. Every block votes for all its ancestors: prose
 * (long, sentence-like, few links) for, link lists and link-heavy snippets against. The element
 * with the best total is the article container: the smallest one that holds the prose and as
 * little furniture as possible. Its blocks, minus headlines and link lists, are the article.
 */
final class MainContent {

    private MainContent() {
    }

    /** The article's paragraphs, in page order; empty when the page has no prose. */
    static List<String> paragraphs(Element root) {
        List<TextBlock> blocks = BlockWalker.collect(root);
        Element container = container(blocks);
        List<String> out = new ArrayList<>();
        if (container == null) {
            return out;
        }
        for (TextBlock b : blocks) {
            if (inside(b.owner(), container) && keep(b)) {
                out.add(b.text());
            }
        }
        return out;
    }

    static Element container(List<TextBlock> blocks) {
        Map<Element, double[]> scores = new IdentityHashMap<>();
        for (TextBlock b : blocks) {
            double w = weight(b);
            if (w == 0) {
                continue;
            }
            for (Element e = b.owner(); e != null; e = e.parent()) {
                scores.computeIfAbsent(e, k -> new double[1])[0] += w;
            }
        }
        Element best = null;
        double bestScore = 0;
        int bestDepth = -1;
        for (Map.Entry<Element, double[]> e : scores.entrySet()) {
            double s = e.getValue()[0];
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

    private static boolean keep(TextBlock b) {
        if (b.owner().normalName().equals("h1")) {
            return false;
        }
        return b.linkDensity() <= 0.5;
    }

    private static boolean endsSentence(String text) {
        char c = text.charAt(text.length() - 1);
        return c == '.' || c == '!' || c == '?' || c == '"' || c == '”' || c == ':';
    }

    private static boolean inside(Element e, Element container) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x == container) {
                return true;
            }
        }
        return false;
    }

    private static int depth(Element e) {
        int d = 0;
        for (Element x = e.parent(); x != null; x = x.parent()) {
            d++;
        }
        return d;
    }
}
