package dev.unrolled.bench;

import dev.unrolled.cli.LauncherScript;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** New processes for the benchmark: the tool as a user starts it, timed. */
final class Processes {
    /** A finished process's wall time and CPU time (its own and its children's); CPU is -1 where not known. */
    record Times(long wallMillis, long cpuMillis) {}

    private static final Path STAT = Path.of("/proc/self/stat");

    private Processes() {}

    /** Runs {@code command} in a new process, its output discarded; fails if it fails. */
    static Times run(List<String> command, Map<String, String> environment) throws IOException {
        long cpu = childrenCpuMillis();
        long start = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        Process process = builder.start();
        try {
            int code = process.waitFor();
            if (code != 0) {
                throw new IllegalStateException("the command failed (exit " + code + "): " + command);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        long wall = (System.nanoTime() - start) / 1_000_000;
        long after = childrenCpuMillis();
        return new Times(wall, cpu < 0 || after < 0 ? -1 : after - cpu);
    }

    /**
     * The user and system time of this process's finished children (Linux: /proc/self/stat's cutime and cstime,
     * in the kernel's 100 ticks a second), or -1 elsewhere. A child's time is counted once it has been waited for,
     * and includes its own children's (a launcher's build JVM).
     */
    static long childrenCpuMillis() {
        try {
            String stat = Files.readString(STAT, StandardCharsets.US_ASCII);
            return childrenCpuMillis(stat);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** From a /proc/PID/stat line: fields 16 and 17, counted after the command name, which may hold spaces. */
    static long childrenCpuMillis(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        // fields[0] is field 3 (state), so field N is fields[N - 3]
        return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) * 10;
    }

    /** The tool's command line: {@code java [options] -jar jar args}, or this JVM's class path if jar is null. */
    static List<String> tool(List<String> jvmOptions, Path jar, String... args) {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(jvmOptions);
        if (jar != null) {
            command.addAll(List.of("-jar", jar.toString()));
        } else {
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.unrolled.cli.Main"));
        }
        command.addAll(List.of(args));
        return command;
    }

    /** The launcher script beside {@code jar} when it is there to run, else null (no jar, or no script written). */
    static Path script(Path jar) {
        Path script = jar == null ? null : LauncherScript.path(jar);
        return script != null && Files.isExecutable(script) ? script : null;
    }

    /** The wall time of {@code java -version} in a new process: a gauge of the machine's speed at the moment. */
    static long javaVersionMillis() throws IOException {
        return run(List.of(java(), "-version"), Map.of()).wallMillis();
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The jar this class was loaded from, or null when it runs from a class folder (the tests). */
    static Path ownJar() {
        try {
            Path location = Path.of(Bench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.toString().endsWith(".jar") ? location : null;
        } catch (URISyntaxException | SecurityException e) {
            return null;
        }
    }
}
