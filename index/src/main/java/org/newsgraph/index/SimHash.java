package org.newsgraph.index;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * 64-bit SimHash over word 3-shingles: texts that share most shingles get fingerprints a few
 * bits apart, so a syndicated copy with a changed headline, byline or sentence is found by
 * Hamming distance. Texts under {@link #MIN_WORDS} words are too short to judge.
 */
final class SimHash {

    static final int MIN_WORDS = 40;
    /** fingerprints at most this many bits apart are near-duplicates */
    static final int MAX_DISTANCE = 4;

    private SimHash() {
    }

    /** The fingerprint, or 0 when the text is too short. */
    static long of(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        if (words.size() < MIN_WORDS) {
            return 0L;
        }
        int[] votes = new int[64];
        for (int i = 0; i + 3 <= words.size(); i++) {
            long h = fnv(words.get(i) + ' ' + words.get(i + 1) + ' ' + words.get(i + 2));
            for (int b = 0; b < 64; b++) {
                votes[b] += ((h >>> b) & 1L) == 1L ? 1 : -1;
            }
        }
        long fp = 0L;
        for (int b = 0; b < 64; b++) {
            if (votes[b] > 0) {
                fp |= 1L << b;
            }
        }
        return fp == 0L ? 1L : fp;
    }

    static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** FNV-1a 64 with a final avalanche, so that every bit is well mixed. */
    private static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
