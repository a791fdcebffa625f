package org.newsgraph.index;

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
        long[] wordHashes = new long[words.size()];
        for (int i = 0; i < wordHashes.length; i++) {
            wordHashes[i] = fnv(words.get(i));
        }
        int[] votes = new int[64];
        for (int i = 0; i + 3 <= wordHashes.length; i++) {
            // a shingle's hash from its words' hashes: order matters, no string is built
            long h = mix(wordHashes[i] * 0x9E3779B97F4A7C15L + Long.rotateLeft(wordHashes[i + 1], 21)
                    + Long.rotateLeft(wordHashes[i + 2], 42));
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

    /** FNV-1a 64 over the UTF-16 code units. */
    private static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** A final avalanche (murmur3's), so that every bit of the shingle hash is well mixed. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
