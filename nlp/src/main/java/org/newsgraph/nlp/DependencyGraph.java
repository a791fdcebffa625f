package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The basic dependency tree of one sentence, indexed by text-wide token indices.
 */
public final class DependencyGraph {

    private final int firstToken;
    private final int[] head;
    private final String[] relation;
    private final List<List<Dependency>> children;

    public DependencyGraph(Sentence sentence, List<Dependency> arcs) {
        this.firstToken = sentence.firstToken();
        int n = sentence.tokenCount();
        head = new int[n];
        relation = new String[n];
        children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            head[i] = -2;
            relation[i] = "dep";
            children.add(new ArrayList<>(2));
        }
        for (Dependency d : arcs) {
            int local = d.dependent() - firstToken;
            if (local < 0 || local >= n) {
                continue;
            }
            head[local] = d.governor();
            relation[local] = d.relation();
            if (d.governor() >= 0) {
                children.get(d.governor() - firstToken).add(d);
            }
        }
    }

    /** The head token of {@code token}, or -1 for the root (and for tokens the parser left out). */
    public int head(int token) {
        int h = head[token - firstToken];
        return h < 0 ? -1 : h;
    }

    /** The relation from {@code token} to its head. */
    public String relation(int token) {
        return relation[token - firstToken];
    }

    /** All arcs whose governor is {@code token}, in token order. */
    public List<Dependency> children(int token) {
        return Collections.unmodifiableList(children.get(token - firstToken));
    }

    /** The dependents of {@code token} whose relation is {@code rel} or a subtype of it ({@code rel:…}). */
    public List<Integer> children(int token, String rel) {
        List<Integer> out = new ArrayList<>(2);
        for (Dependency d : children.get(token - firstToken)) {
            if (d.relation().equals(rel) || d.relation().startsWith(rel + ":")) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    /** The root token(s) of the sentence. */
    public List<Integer> roots() {
        List<Integer> out = new ArrayList<>(1);
        for (int i = 0; i < head.length; i++) {
            if (head[i] == -1) {
                out.add(firstToken + i);
            }
        }
        return out;
    }

    /** True when {@code ancestor} dominates {@code token} (or is it). */
    public boolean dominates(int ancestor, int token) {
        int t = token;
        for (int guard = 0; t >= 0 && guard <= head.length; guard++) {
            if (t == ancestor) {
                return true;
            }
            t = head(t);
        }
        return false;
    }

    /** The lowest and highest token index of the subtree rooted at {@code token}. */
    public int[] subtreeBounds(int token) {
        int lo = token;
        int hi = token;
        for (int i = 0; i < head.length; i++) {
            int t = firstToken + i;
            if ((t < lo || t > hi) && dominates(token, t)) {
                lo = Math.min(lo, t);
                hi = Math.max(hi, t);
            }
        }
        return new int[]{lo, hi};
    }
}
