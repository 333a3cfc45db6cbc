package dev.unrolled.cli;

import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The launcher for {@code build}: a build is a short-lived process that spends seconds in the JIT compiler and in
 * class loading, so {@code java -jar unrolled.jar build} starts the real work in a second JVM tuned for that: the
 * quick compiler only ({@code -XX:TieredStopAtLevel=1}), the parallel garbage collector with fixed generations
 * ({@link #collector}), huge pages for the heap where the kernel offers them ({@link #hugePages}) and a
 * class-data-sharing archive of the tool's classes, made by the first build that succeeds and kept beside the jar
 * (an archive of an older jar is deleted then; one made without PDFs is made again by the first build with them).
 * The first JVM checks whether the site is up to date (then there is nothing to start), else waits and passes the
 * exit code on. Set {@code UNROLLED_NO_RELAUNCH=1} to build in a single JVM. A launcher started without JVM
 * options of its own also keeps the {@link LauncherScript} beside the jar, which starts the tuned JVM without it.
 */
final class Relaunch {
    static final String CHILD = "unrolled.child";
    private static final long WATCH_MILLIS = 50;
    private static final long YOUNG_MB = 192;
    private static final long INITIAL_HEAP_MB = 768;
    /** Eden 4 times a survivor space: 128 MB of the 192, two survivor spaces of 32 MB. */
    private static final int SURVIVOR_RATIO = 4;
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
        List<String> tuned = tuned(inherited, read(TRANSPARENT_HUGE_PAGES));
        command.addAll(tuned);
        boolean pdfs = !Arrays.asList(args).contains("--no-pdf");
        Path full = archive(jar);
        if (inherited.isEmpty()) { // the script gives the options a plain "java -jar" would get here
            LauncherScript.keep(jar, LauncherScript.text(Path.of(System.getProperty("java.home")),
                    System.getProperty("java.runtime.version"), jar, full, tuned));
        }
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
            if (code == Main.OK && dumping != null && Files.isRegularFile(dumping)) {
                Files.move(dumping, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                removeStaleArchives(jar, archive);
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

    /** The build JVM's options but the class archive's, given this JVM's own options. */
    private static List<String> tuned(List<String> inherited, Optional<String> hugePageSetting) {
        List<String> options = new ArrayList<>();
        options.add("-XX:TieredStopAtLevel=1");
        options.addAll(collector(inherited, Runtime.getRuntime().maxMemory()));
        options.addAll(hugePages(inherited, hugePageSetting));
        options.add("-Xlog:cds=off");
        options.add("-Xlog:cds+dynamic=off");
        return options;
    }

    /**
     * The collector for the build, unless the user chose one: the parallel collector (both cores copy during a
     * pause, where the serial one leaves a core idle), with fixed generations unless the user sizes the heap (left
     * to adapt, it grows the heap to several gigabytes on a long build, for no gain in time). A build's garbage is
     * mostly the PDFs being drawn, which live until their PDF is saved, a fraction of a second: a young generation of
     * 192 MB whose two survivor spaces (32 MB each) hold what is alive at one collection, promoted only if it is still
     * alive at the next, lets most of it die young. The memory a build touches is what costs: on a virtual machine
     * a page the process touches first must be zeroed by the kernel and, once the guest has handed it back, backed
     * by the host again (up to 2 ms per MB on the machine this was measured on). Promoting everything alive at a
     * collection, as this did before, filled some 200 MB of old generation with finished PDFs in a full build of
     * the shipped content, and touching the heap at start made that cheaper only when builds followed each other
     * within seconds; this way a full build touches 375 MB instead of 515 MB, and is 0.1-0.2 s faster after a
     * pause. The first heap is {@link #initialHeapMb}: committed, not touched, so it costs nothing until used.
     *
     * @param maxHeap the most heap a JVM started without heap options may use (this JVM's, so started)
     */
    static List<String> collector(List<String> inherited, long maxHeap) {
        if (inherited.stream().anyMatch(option -> option.matches("-XX:\\+Use\\w*GC"))) {
            return List.of();
        }
        if (!ownsHeap(inherited)) {
            return List.of("-XX:+UseParallelGC");
        }
        List<String> ours = new ArrayList<>(List.of("-XX:+UseParallelGC", "-Xmn" + YOUNG_MB + "m"));
        long initial = initialHeapMb(maxHeap);
        if (initial > 0) {
            ours.add("-Xms" + initial + "m");
        }
        if (inherited.stream().noneMatch(option -> option.startsWith("-XX:MaxTenuringThreshold=")
                || option.matches("-XX:(Initial|Min)?SurvivorRatio=.+|-XX:[+-]UseAdaptiveSizePolicy"))) {
            ours.add("-XX:MaxTenuringThreshold=1");
            ours.add("-XX:SurvivorRatio=" + SURVIVOR_RATIO);
            ours.add("-XX:-UseAdaptiveSizePolicy");
        }
        return ours;
    }

    /** Whether the heap is ours to size: the user chose neither a collector nor a size. */
    static boolean ownsHeap(List<String> inherited) {
        return inherited.stream().noneMatch(option -> option.matches(
                "-XX:\\+Use\\w*GC|-Xm[nsx].+|-XX:(Max|Initial)?(NewSize|HeapSize)=.+"));
    }

    /**
     * The heap the build JVM starts with, in MB, or 0 to leave it to the JVM (a machine too small for it to matter):
     * 768 MB, or the most the JVM would allow if less. With fixed generations the old generation is what is left
     * beside the young one, 576 MB, of which a full build of the shipped content uses a fifth; a long build (150
     * PDFs) fills it and collects it in full now and then (16.8 s, against 17.3 s with the heap touched at start).
     */
    static long initialHeapMb(long maxHeap) {
        long most = Math.min(INITIAL_HEAP_MB, maxHeap / (1024 * 1024));
        return most <= YOUNG_MB * 2 ? 0 : most;
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

    /** Whether this is a build JVM started by a launcher, which has found the site not up to date already. */
    static boolean launched() {
        String pid = System.getProperty(CHILD);
        return pid != null && !pid.equals(LauncherScript.DIRECT);
    }

    /**
     * In the tuned JVM: stops when the launcher does, so that killing "the build" (the process the user started)
     * kills the build. Stopping mid-way is safe: the site is swapped in atomically, and the next build removes
     * what a stopped one left. The launcher is watched by asking every 50 ms whether it is alive, not by reading a
     * pipe from it until it closes: a thread blocked in a read is in native code, and the JVM waits 300 ms for such
     * threads before it exits, which every build paid.
     */
    static void stopWithLauncher() {
        if (!launched()) {
            return;
        }
        String pid = System.getProperty(CHILD);
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
     * Deletes the archives of earlier builds of this jar, never used again (among them one copied or moved here with
     * the jar), and the temporary files of launchers that were killed while their build was writing one. Only names
     * of the form {@link #archive} gives this jar (with or without the path's hash, which older versions left out)
     * are touched: another jar beside it whose name begins with this one's keeps its archive.
     */
    private static void removeStaleArchives(Path jar, Path current) {
        Pattern ours = Pattern.compile(Pattern.quote("." + jar.getFileName() + "-")
                + "[0-9a-f]+-[0-9a-f]+(?:-[0-9a-f]+)?-[\\w.]+\\.jsa(?:\\.(\\d{1,18})\\.tmp)?");
        try (var siblings = Files.list(current.getParent())) {
            for (Path sibling : siblings.toList()) {
                Matcher matcher = ours.matcher(sibling.getFileName().toString());
                if (!matcher.matches()) {
                    continue;
                }
                boolean stale = matcher.group(1) == null ? !sibling.equals(current)
                        : ProcessHandle.of(Long.parseLong(matcher.group(1))).map(p -> !p.isAlive()).orElse(true);
                if (stale) {
                    Files.deleteIfExists(sibling);
                }
            }
        } catch (IOException ignored) {
            // an old archive left behind costs disk space only
        }
    }

    /** The quick path: a build in the plain form (see {@link BuildArgs}) whose site has nothing to do. */
    private static boolean upToDate(BuildArgs build) {
        // anything else (help, a typo) is the real command line's to handle
        return build != null && BuildCommand.reportedUpToDate(build, new PrintWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true));
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
     * The class archive for this exact jar, at this path, and JVM (a changed tool or JDK gets a new one, and so does
     * the jar moved or copied elsewhere), as written by a build with PDFs; one written by a build without, which
     * never loaded the PDF engine's classes, ends in ".web.jsa" instead, and the first build with PDFs replaces it.
     * The path is in the name because the JVM takes an archive only for the class path it was made with: a jar
     * moved with its archive (a project folder renamed, say) would otherwise find one that looks usable, and every
     * build would run without any, silently (the build JVM's archive messages are off), a third slower.
     */
    static Path archive(Path jar) {
        try {
            String key = Long.toHexString(Files.size(jar)) + "-" + Long.toHexString(Files.getLastModifiedTime(jar)
                    .toMillis()) + "-" + Integer.toHexString(jar.toAbsolutePath().toString().hashCode()) + "-"
                    + System.getProperty("java.vm.version").replaceAll("[^A-Za-z0-9.]", "_");
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
