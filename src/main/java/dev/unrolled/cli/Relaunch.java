package dev.unrolled.cli;

import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The launcher for {@code build}: a build is a short-lived process that spends seconds in the JIT compiler and in
 * class loading, so {@code java -jar unrolled.jar build} starts the real work in a second JVM tuned for that: the
 * quick compiler only ({@code -XX:TieredStopAtLevel=1}), the parallel garbage collector with a fixed young
 * generation and, once a build of the site has shown how much it needs, a heap of that size touched at start
 * ({@link #collector}, {@link HeapNeed}), huge pages for the heap where the kernel offers them
 * ({@link #hugePages}) and a class-data-sharing archive of the tool's classes, made by the first build that
 * succeeds and kept beside the jar (an archive of an older jar is deleted then; one made without PDFs is made again
 * by the first build with them). The first JVM checks whether the site is up to date (then there is nothing to
 * start), else waits and passes the exit code on. Set {@code UNROLLED_NO_RELAUNCH=1} to build in a single JVM.
 */
final class Relaunch {
    static final String CHILD = "unrolled.child";
    private static final long WATCH_MILLIS = 50;
    private static final long YOUNG_MB = 128;
    private static final long INITIAL_HEAP_MB = 768;
    /** Eden 30 times a survivor space: 120 MB of the 128, two survivor spaces of 4 MB. */
    private static final int SURVIVOR_RATIO = 30;
    /** The least recorded need for which the heap is touched at start: below it the touching costs more. */
    private static final long TOUCHED_NEED_MB = 128;
    private static final Path TRANSPARENT_HUGE_PAGES = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

    private Relaunch() {}

    /** Whether these arguments should run in a tuned JVM: a build, started from the jar, not already relaunched. */
    static boolean wanted(String[] args) {
        return args.length > 0 && args[0].equals("build") && System.getProperty(CHILD) == null
                && System.getenv("UNROLLED_NO_RELAUNCH") == null && jar() != null;
    }

    /**
     * Runs {@code args} in the tuned JVM and returns its exit code, unless the site is up to date already: that is
     * checked here first, since it needs only a few classes and a second JVM would cost more than the check.
     */
    static int run(String[] args) {
        BuildArgs plain = BuildArgs.plain(args).orElse(null);
        if (upToDate(plain)) {
            return Main.OK;
        }
        Path jar = jar();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> inherited = jvmOptions();
        command.addAll(inherited);
        command.add("-D" + CHILD + "=" + ProcessHandle.current().pid());
        command.add("-XX:TieredStopAtLevel=1");
        boolean pdfs = !Arrays.asList(args).contains("--no-pdf");
        Path site = plain != null ? plain.site() : null;
        long maxHeap = Runtime.getRuntime().maxMemory();
        OptionalLong need = pdfs && site != null ? HeapNeed.recorded(site) : OptionalLong.empty();
        command.addAll(collector(inherited, maxHeap, need));
        long initial = ownsHeap(inherited) ? initialHeapMb(maxHeap, need) : 0;
        Path gcLog = pdfs && site != null && initial > 0 ? HeapNeed.prepareLog(site) : null;
        if (gcLog != null) {
            command.add(HeapNeed.logOption(gcLog));
        }
        command.addAll(hugePages(inherited, read(TRANSPARENT_HUGE_PAGES)));
        command.add("-Xlog:cds=off");
        command.add("-Xlog:cds+dynamic=off");
        Path full = archive(jar);
        Path webOnly = full.resolveSibling(full.getFileName().toString().replaceFirst("\\.jsa$", ".web.jsa"));
        Path usable = Files.isRegularFile(full) ? full : !pdfs && Files.isRegularFile(webOnly) ? webOnly : null;
        Path archive = pdfs ? full : webOnly;
        Path dumping = null;
        if (usable != null) {
            command.add("-XX:SharedArchiveFile=" + usable);
        } else if (Files.isWritable(archive.getParent())) {
            dumping = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            command.add("-XX:ArchiveClassesAtExit=" + dumping);
        }
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(Arrays.asList(args));
        try {
            Process child = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            Thread stop = new Thread(() -> {
                if (child.isAlive()) {
                    child.destroy();
                }
            });
            Runtime.getRuntime().addShutdownHook(stop);
            int code = child.waitFor();
            if (gcLog != null) {
                HeapNeed.update(site, gcLog, initial - YOUNG_MB, code == Main.OK);
            }
            if (code == Main.OK && dumping != null && Files.isRegularFile(dumping)) {
                Files.move(dumping, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                removeStaleArchives(archive);
            }
            return code;
        } catch (IOException e) {
            System.err.println("unrolled: cannot start the build process: " + e.getMessage()
                    + " (set UNROLLED_NO_RELAUNCH=1 to build in this process)");
            return Main.INTERNAL_ERROR;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Main.INTERNAL_ERROR;
        } finally {
            if (dumping != null) {
                try {
                    Files.deleteIfExists(dumping);
                } catch (IOException ignored) {
                    // a leftover temporary archive is harmless
                }
            }
        }
    }

    /**
     * The collector for the build, unless the user chose one: the parallel collector (both cores copy during a
     * pause, where the serial one leaves a core idle; the PDF workers keep a lot of memory alive, so pauses are a
     * fifth of a build), with its young generation fixed at 128 MB unless the user sizes the heap: left to adapt,
     * it grows the heap to several gigabytes on a long build, for no gain in time. What survives a young collection
     * goes straight to the old generation: it is almost all parts of PDFs still being drawn, which live until their
     * PDF is saved, so copying them from one survivor space to the other at each collection was wasted; the
     * survivor spaces, then never used, are made small (4 MB each instead of 16), leaving their room to new objects:
     * 7 young collections in a full build instead of 9, and less promoted. The first heap is sized by
     * {@link #initialHeapMb}, and touched at start when it is sized to what the build needs.
     *
     * @param maxHeap the most heap a JVM started without heap options may use (this JVM's, so started)
     * @param need the MB of old generation earlier builds of this site needed ({@link HeapNeed}), if known
     */
    static List<String> collector(List<String> inherited, long maxHeap, OptionalLong need) {
        if (inherited.stream().anyMatch(option -> option.matches("-XX:\\+Use\\w*GC"))) {
            return List.of();
        }
        if (!ownsHeap(inherited)) {
            return List.of("-XX:+UseParallelGC");
        }
        List<String> ours = new ArrayList<>(List.of("-XX:+UseParallelGC", "-Xmn" + YOUNG_MB + "m"));
        long initial = initialHeapMb(maxHeap, need);
        if (initial > 0) {
            ours.add("-Xms" + initial + "m");
            if (need.isPresent() && need.getAsLong() >= TOUCHED_NEED_MB) {
                ours.add("-XX:+AlwaysPreTouch");
            }
        }
        if (inherited.stream().noneMatch(option -> option.startsWith("-XX:MaxTenuringThreshold=")
                || option.matches("-XX:(Initial|Min)?SurvivorRatio=.+"))) {
            ours.add("-XX:MaxTenuringThreshold=0");
            ours.add("-XX:SurvivorRatio=" + SURVIVOR_RATIO);
        }
        return ours;
    }

    /** Whether the heap is ours to size: the user chose neither a collector nor a size. */
    static boolean ownsHeap(List<String> inherited) {
        return inherited.stream().noneMatch(option -> option.matches(
                "-XX:\\+Use\\w*GC|-Xm[nsx].+|-XX:(Max|Initial)?(NewSize|HeapSize)=.+"));
    }

    /**
     * The heap the build JVM starts with, in MB, or 0 to leave it to the JVM (a machine too small for it to matter).
     * Without a recorded need it is 768 MB (or the most the JVM would allow, if less): starting at the default (a
     * sixty-fourth of the memory, 384 MB here) a full build had filled its old generation with finished PDFs by its
     * end and stopped for a full collection. With one, it is the young generation and the recorded old generation
     * with a tenth and 64 MB to spare (the collector wants room for a collection's promotions on top of what is
     * there, or it collects in full), and the whole heap is touched at start: touching more than the build uses
     * costs as much as it saves, and so does touching the heap of a small build (a 3-word article needs some 40 MB
     * of old generation, and its build was 0.1 s slower touched), so that is only done from 128 MB.
     */
    static long initialHeapMb(long maxHeap, OptionalLong need) {
        long most = Math.min(INITIAL_HEAP_MB, maxHeap / (1024 * 1024));
        if (most <= YOUNG_MB * 2) {
            return 0;
        }
        if (need.isEmpty() || need.getAsLong() < TOUCHED_NEED_MB) {
            return most;
        }
        long wanted = YOUNG_MB + need.getAsLong() + need.getAsLong() / 10 + 64;
        return Math.min(most, (wanted + 15) / 16 * 16);
    }

    /**
     * Huge pages (2 MB) for the heap where the kernel gives them only to memory that asks for them (transparent
     * huge pages in "madvise" mode, the usual default), unless the user chose page options: a build fills a few
     * hundred MB of fresh heap, and with 4 KB pages the kernel's page faults and the processor's address
     * translation misses cost a tenth of a build's time. In "always" mode the heap has them anyway; in "never"
     * mode, or where the setting cannot be read, the option would only print a warning.
     *
     * @param setting the kernel's setting as its file shows it, e.g. "always [madvise] never"
     */
    static List<String> hugePages(List<String> inherited, Optional<String> setting) {
        if (inherited.stream().anyMatch(option -> option.matches("-XX:[+-]Use(TransparentHuge|Large)Pages"))) {
            return List.of();
        }
        return setting.filter(modes -> modes.contains("[madvise]")).isPresent()
                ? List.of("-XX:+UseTransparentHugePages") : List.of();
    }

    private static Optional<String> read(Path file) {
        try {
            return Optional.of(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /**
     * In the tuned JVM: stops when the launcher does, so that killing "the build" (the process the user started)
     * kills the build. Stopping mid-way is safe: the site is swapped in atomically, and the next build removes
     * what a stopped one left. The launcher is watched by asking every 50 ms whether it is alive, not by reading a
     * pipe from it until it closes: a thread blocked in a read is in native code, and the JVM waits 300 ms for such
     * threads before it exits, which every build paid.
     */
    static void stopWithLauncher() {
        String pid = System.getProperty(CHILD);
        if (pid == null) {
            return;
        }
        ProcessHandle launcher = launcher(pid).orElse(null);
        if (launcher == null) {
            Runtime.getRuntime().halt(Main.INTERNAL_ERROR); // it has gone already
            return;
        }
        Thread watch = new Thread(() -> {
            try {
                while (launcher.isAlive()) {
                    Thread.sleep(WATCH_MILLIS);
                }
            } catch (InterruptedException e) {
                return;
            }
            Runtime.getRuntime().halt(Main.INTERNAL_ERROR);
        }, "unrolled-launcher-watch");
        watch.setDaemon(true);
        watch.start();
    }

    /**
     * The launcher with process id {@code pid}, if it is still this JVM's parent: a launcher killed before this
     * JVM looked leaves it to another parent, which must not be watched in its place.
     */
    static Optional<ProcessHandle> launcher(String pid) {
        long id;
        try {
            id = Long.parseLong(pid);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        return parent.isPresent() ? parent.filter(p -> p.pid() == id) : ProcessHandle.of(id);
    }

    /**
     * Deletes the archives of earlier builds of this jar, never used again, and the temporary files of launchers
     * that were killed while their build was writing one.
     */
    private static void removeStaleArchives(Path current) {
        String prefix = current.getFileName().toString().replaceFirst("-[^-]+-[^-]+-[^-]+\\.jsa$", "-");
        Pattern temporary = Pattern.compile(".*\\.jsa\\.(\\d{1,18})\\.tmp");
        try (var siblings = Files.list(current.getParent())) {
            for (Path sibling : siblings.toList()) {
                String name = sibling.getFileName().toString();
                Matcher matcher = temporary.matcher(name);
                boolean orphan = matcher.matches()
                        && ProcessHandle.of(Long.parseLong(matcher.group(1))).map(p -> !p.isAlive()).orElse(true);
                if (name.startsWith(prefix) && (name.endsWith(".jsa") && !sibling.equals(current) || orphan)) {
                    Files.deleteIfExists(sibling);
                }
            }
        } catch (IOException ignored) {
            // an old archive left behind costs disk space only
        }
    }

    /** The quick path: a build in the plain form (see {@link BuildArgs}) whose site has nothing to do. */
    private static boolean upToDate(BuildArgs build) {
        if (build == null) {
            return false; // anything else (help, a typo) is the real command line's to handle
        }
        long start = System.nanoTime();
        if (!dev.unrolled.site.SiteBuilder.upToDate(build.project(), build.site(), build.pdfs())) {
            return false;
        }
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8)
                .println(BuildCommand.upToDateMessage(build.site(), (System.nanoTime() - start) / 1_000_000));
        return true;
    }

    /** The JVM options this JVM was started with (such as -Xmx), so the tuned JVM keeps them. */
    private static List<String> jvmOptions() {
        List<String> options = new ArrayList<>();
        String[] arguments = ProcessHandle.current().info().arguments().orElse(new String[0]);
        for (String argument : arguments) {
            if (argument.equals("-jar") || argument.equals("-cp") || argument.equals("-classpath")) {
                break;
            }
            options.add(argument);
        }
        return options;
    }

    /**
     * The class archive for this exact jar and JVM (a changed tool or JDK gets a new one), as written by a build
     * with PDFs; one written by a build without, which never loaded the PDF engine's classes, ends in ".web.jsa"
     * instead, and the first build with PDFs replaces it.
     */
    private static Path archive(Path jar) {
        try {
            String key = Long.toHexString(Files.size(jar)) + "-" + Long.toHexString(Files.getLastModifiedTime(jar)
                    .toMillis()) + "-" + System.getProperty("java.vm.version").replaceAll("[^A-Za-z0-9.]", "_");
            return jar.resolveSibling("." + jar.getFileName() + "-" + key + ".jsa");
        } catch (IOException e) {
            return jar.resolveSibling("." + jar.getFileName() + ".jsa");
        }
    }

    static Path jar() {
        try {
            File location = new File(Relaunch.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.isFile() && location.getName().endsWith(".jar") ? location.toPath() : null;
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return null;
        }
    }
}
