package org.newsgraph.analysis.quote;

import java.util.ArrayList;
import java.util.List;

/** Paragraph numbers of body offsets: a paragraph ends at a line break. */
final class Paragraphs {

    private final int[] starts;

    Paragraphs(String body) {
        List<Integer> s = new ArrayList<>();
        s.add(0);
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) == '\n' && (i + 1 == body.length() || body.charAt(i + 1) != '\n')) {
                s.add(i + 1);
            }
        }
        starts = s.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The paragraph number holding {@code offset}. */
    int at(int offset) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
