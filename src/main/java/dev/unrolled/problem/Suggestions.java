package dev.unrolled.problem;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Collection;

/** Finds the known names closest to an unknown one, for "did you mean" messages. */
public final class Suggestions {
    private static final int MAX_COMPARED_LENGTH = 64;

    private Suggestions() {}

    /** The {@code limit} candidates closest to {@code word} by edit distance, ignoring case; ties by name. */
    public static List<String> closest(String word, Collection<String> candidates, int limit) {
        String probe = clip(word).toLowerCase(Locale.ROOT);
        return candidates.stream()
                .sorted(Comparator.comparingInt((String c) -> distance(probe, clip(c).toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(limit)
                .toList();
    }

    private static String clip(String s) {
        return s.length() <= MAX_COMPARED_LENGTH ? s : s.substring(0, MAX_COMPARED_LENGTH);
    }

    /** Levenshtein distance over UTF-16 units; words are clipped first so the cost stays bounded. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** " (did you mean "x"?)" when a candidate is within two edits of {@code word}, else "". */
    public static String didYouMean(String word, Collection<String> candidates) {
        List<String> best = closest(word, candidates, 1);
        if (best.isEmpty() || distance(clip(word).toLowerCase(Locale.ROOT), clip(best.get(0)).toLowerCase(Locale.ROOT)) > 2) {
            return "";
        }
        return " (did you mean \"" + best.get(0) + "\"?)";
    }
}
