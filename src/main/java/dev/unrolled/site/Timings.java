package dev.unrolled.site;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Wall-clock and process CPU time per build stage, in the order the stages ran. */
public final class Timings {
    /** One stage's times in milliseconds. */
    public record Stage(long wallMillis, long cpuMillis) {}

    private static volatile boolean cpu;
    private final Map<String, Stage> stages = new LinkedHashMap<>();

    /** Measures CPU time too (the benchmark does; a build does not load the management classes it needs). */
    public static void measureCpu() {
        cpu = true;
    }

    /** Adds wall time measured elsewhere (by workers, summed) to {@code stage}. */
    synchronized void add(String stage, long wallMillis) {
        stages.merge(stage, new Stage(wallMillis, 0), (a, b) -> new Stage(a.wallMillis() + b.wallMillis(),
                a.cpuMillis() + b.cpuMillis()));
    }

    <T> T time(String stage, Supplier<T> work) {
        long start = System.nanoTime();
        long cpu = cpuNanos();
        try {
            return work.get();
        } finally {
            Stage done = new Stage((System.nanoTime() - start) / 1_000_000, (cpuNanos() - cpu) / 1_000_000);
            synchronized (this) {
                stages.merge(stage, done, (a, b) -> new Stage(a.wallMillis() + b.wallMillis(),
                        a.cpuMillis() + b.cpuMillis()));
            }
        }
    }

    public synchronized Map<String, Stage> stages() {
        return Map.copyOf(stages);
    }

    /** The process's CPU time so far (every thread), or 0 where the platform does not tell. */
    static long cpuNanos() {
        if (cpu && ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    /** "load 12 ms, run 3 ms, html+md 410 ms, pdf 2310 ms". */
    @Override
    public synchronized String toString() {
        StringBuilder out = new StringBuilder();
        stages.forEach((stage, times) -> out.append(out.length() == 0 ? "" : ", ").append(stage).append(' ')
                .append(times.wallMillis()).append(" ms"));
        return out.toString();
    }
}
