package dev.unrolled.site;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Wall-clock time per build stage, in the order the stages ran. */
public final class Timings {
    private final Map<String, Long> millis = new LinkedHashMap<>();

    <T> T time(String stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            millis.merge(stage, (System.nanoTime() - start) / 1_000_000, Long::sum);
        }
    }

    public Map<String, Long> millis() {
        return Map.copyOf(millis);
    }

    /** "load 12 ms, run 3 ms, html+md 410 ms, pdf 2310 ms". */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        millis.forEach((stage, ms) -> out.append(out.length() == 0 ? "" : ", ").append(stage).append(' ')
                .append(ms).append(" ms"));
        return out.toString();
    }
}
