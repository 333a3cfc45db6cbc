package dev.unrolled.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongPredicate;

/**
 * Cold full builds of a project spread over minutes, each with the machine's speed measured just before it. On a
 * shared virtual machine the same build takes a third longer in one quarter of an hour than in the next; a single
 * figure says little, and one taken with the speed of the moment says which machine it was measured on. The
 * issue's targets were set when {@code java -version} took about 100 ms.
 *
 * <p>Each round measures {@code java -version} (the median of five new processes) and a fixed computation in this
 * JVM (its CPU time: the processor's own speed, free of start-up and memory), waits as a user's build waits (a
 * pause of a few seconds, in which the kernel hands freed memory back to the host), and builds through the script
 * beside the jar, then, after another pause, through {@code java -jar}.
 */
public final class Series {
    /** {@code java -version} at or under this many milliseconds: the speed the targets were set at. */
    static final long REFERENCE_MILLIS = 110;
    static final long SLOW_MILLIS = 130;
    static final long TARGET_MILLIS = 3_000;

    /** One round: the gauges and each way's build; a way not measured is null. */
    record Round(String time, long javaVersionMillis, long loopMillis, Processes.Times script,
                 Processes.Times jar) {}

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    private static final int LOOP_ITERATIONS = 50_000_000;
    private static long sink;

    private final Path project;
    private final Path jar;
    private Path script;
    private final Duration pause;
    private final PrintStream out;

    Series(Path project, Path jar, Duration pause, PrintStream out) {
        this.project = project;
        this.jar = jar;
        this.pause = pause;
        this.out = out;
    }

    /** Rounds for {@code length} (at least one), then the summary. */
    public static void run(Path project, Duration length, PrintStream out) {
        Path work = null;
        try {
            work = Files.createTempDirectory("unrolled-series-");
            Path source = project.toAbsolutePath().normalize();
            Path name = source.getFileName();
            Path copy = SyntheticProject.copyProject(source, work.resolve(name == null ? "project" : name.toString()));
            new Series(copy, Processes.ownJar(), Duration.ofSeconds(4), out).rounds(length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (work != null) {
                SyntheticProject.delete(work);
            }
        }
    }

    void rounds(Duration length) throws IOException {
        build(byJar()); // not counted: writes the class archive, the script and the spare a rebuild writes over
        script = Processes.script(jar);
        for (int i = 0; i < 10; i++) {
            loopMillis(); // compiled before the first round measures it
        }
        out.println("Cold full builds of " + project.getFileName() + "/, each after a " + pause.toSeconds()
                + "-second pause" + (script == null ? " (no launcher script beside the jar: java -jar only)" : "")
                + ", with the machine's speed just before it: `java -version` (median of 5 new processes; about "
                + "100 ms when the targets were set) and a fixed computation's CPU time in this JVM.");
        out.println();
        out.println("| time | java -version ms | computation ms | script ms | script cpu ms | java -jar ms "
                + "| java -jar cpu ms |");
        out.println("|---|---:|---:|---:|---:|---:|---:|");
        List<Round> rounds = new ArrayList<>();
        long end = System.nanoTime() + length.toNanos();
        do {
            Round round = round();
            rounds.add(round);
            out.printf(Locale.ROOT, "| %s | %d | %d | %s | %s | %d | %s |%n", round.time(), round.javaVersionMillis(),
                    round.loopMillis(), round.script() == null ? "" : round.script().wallMillis(),
                    round.script() == null ? "" : cpu(round.script()), round.jar().wallMillis(), cpu(round.jar()));
        } while (System.nanoTime() < end);
        out.println();
        summary(rounds).forEach(out::println);
        out.println();
    }

    private Round round() throws IOException {
        String time = LocalTime.now().format(CLOCK);
        List<Long> versions = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            versions.add(Processes.javaVersionMillis());
        }
        long loop = loopMillis();
        Processes.Times byScript = null;
        if (script != null) {
            sleep();
            byScript = build(List.of(script.toString(), "build", "--project", project.toString()));
        }
        sleep();
        return new Round(time, median(versions), loop, byScript, build(byJar()));
    }

    private List<String> byJar() {
        return Processes.tool(List.of(), jar, "build", "--project", project.toString());
    }

    /** A full build by {@code command}, the site deleted first. */
    private Processes.Times build(List<String> command) throws IOException {
        SyntheticProject.delete(project.resolve("site"));
        return Processes.run(command, Map.of());
    }

    private void sleep() {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The CPU time of a fixed chain of dependent integer operations, in milliseconds. */
    static long loopMillis() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        long x = sink | 1;
        for (int i = 0; i < LOOP_ITERATIONS; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
        }
        sink = x; // kept, so the loop cannot be left out
        return (threads.getCurrentThreadCpuTime() - start) / 1_000_000;
    }

    /**
     * The rounds by the machine's speed: at the targets' speed, slower, much slower, and all of them, with each
     * way's median build, range and count within the target.
     */
    static List<String> summary(List<Round> rounds) {
        List<String> lines = new ArrayList<>();
        lines.add("| java -version | rounds | script median ms | script range ms | script <= 3 s | script cpu ms "
                + "| java -jar median ms | java -jar range ms | java -jar <= 3 s | java -jar cpu ms |");
        lines.add("|---|---:|---:|---|---:|---:|---:|---|---:|---:|");
        band(lines, "<= " + REFERENCE_MILLIS + " ms (the targets' speed)", rounds, ms -> ms <= REFERENCE_MILLIS);
        band(lines, (REFERENCE_MILLIS + 1) + "-" + SLOW_MILLIS + " ms", rounds,
                ms -> ms > REFERENCE_MILLIS && ms <= SLOW_MILLIS);
        band(lines, "over " + SLOW_MILLIS + " ms", rounds, ms -> ms > SLOW_MILLIS);
        band(lines, "all", rounds, ms -> true);
        return lines;
    }

    private static void band(List<String> lines, String name, List<Round> rounds, LongPredicate speed) {
        List<Round> in = rounds.stream().filter(round -> speed.test(round.javaVersionMillis())).toList();
        List<String> cells = new ArrayList<>(List.of(name, String.valueOf(in.size())));
        cells.addAll(way(in, Round::script));
        cells.addAll(way(in, Round::jar));
        lines.add("| " + String.join(" | ", cells) + " |");
    }

    /** Median, range, count within the target and median CPU of one way's builds, or four empty cells. */
    private static List<String> way(List<Round> rounds, Function<Round, Processes.Times> way) {
        List<Processes.Times> times = rounds.stream().map(way).filter(t -> t != null).toList();
        if (times.isEmpty()) {
            return List.of("", "", "", "");
        }
        List<Long> walls = times.stream().map(Processes.Times::wallMillis).toList();
        List<Long> cpus = times.stream().map(Processes.Times::cpuMillis).filter(ms -> ms >= 0).toList();
        long within = walls.stream().filter(ms -> ms <= TARGET_MILLIS).count();
        return List.of(String.valueOf(median(walls)), Collections.min(walls) + "-" + Collections.max(walls),
                within + " of " + walls.size(), cpus.isEmpty() ? "" : String.valueOf(median(cpus)));
    }

    private static String cpu(Processes.Times times) {
        return times.cpuMillis() < 0 ? "" : String.valueOf(times.cpuMillis());
    }

    /** The middle value, or the mean of the two middle values (rounded half up) of an even count. */
    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle)
                : Math.round((sorted.get(middle - 1) + sorted.get(middle)) / 2.0);
    }
}
