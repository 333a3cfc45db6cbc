package dev.unrolled.cli;

import dev.unrolled.site.Beside;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.OptionalLong;

/**
 * How much old generation a project's builds with PDFs have needed, kept beside the site ({@code .site.inputs/heap},
 * {@link Beside}) so that the next build's JVM can touch that much heap when it starts (when it is large enough for
 * that to pay, {@link Relaunch#initialHeapMb}).
 *
 * <p>Why: a build promotes the parts of the PDFs still being drawn at each young collection (tens of MB a time) into
 * an old generation that is not collected before the build ends, so the collector copies them into memory the
 * process has never touched, and the kernel's first touch of each page (zeroing it, and on a virtual machine having
 * the host back it) was most of each pause: 0.4-0.8 s of a full build's CPU on the machine this was measured on. A
 * heap touched at start costs less per MB, but only pays when it is about the size the build will use, so the
 * launcher learns that size: the build JVM logs its collections to a file beside the site, and after a build that
 * succeeded the most the old generation held is kept. The record only grows (a rebuild of one article needs less than
 * a full build, which must still fit), and a build whose old generation filled up (a full collection) records half as
 * much again as it was given.
 */
final class HeapNeed {
    static final String RECORD = "heap";
    static final String LOG = "gc.log";

    private HeapNeed() {}

    /** The MB of old generation that builds into {@code out} have needed, or empty when none is recorded. */
    static OptionalLong recorded(Path out) {
        Path record = Beside.folder(out).resolve(RECORD);
        try {
            String text = Files.readString(record, StandardCharsets.US_ASCII).strip();
            long mb = Long.parseLong(text);
            return mb > 0 ? OptionalLong.of(mb) : OptionalLong.empty();
        } catch (IOException | NumberFormatException | SecurityException e) {
            return OptionalLong.empty(); // none yet, or not ours: the build starts as if there were none
        }
    }

    /**
     * The log the build JVM is asked to write beside the site, its folder created; null where it cannot be, or where
     * its path has a double quote, which the JVM's log option cannot take (the JVM would not start).
     */
    static Path prepareLog(Path out) {
        if (Beside.folder(out).toString().indexOf('"') >= 0) {
            return null;
        }
        try {
            Path log = Beside.create(out).resolve(LOG);
            Files.deleteIfExists(log); // a killed build's: this build's alone is read
            return Files.isWritable(log.getParent()) ? log : null;
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /** The JVM option that logs each collection's pause, without decorations, to {@code log}. */
    static String logOption(Path log) {
        return "-Xlog:gc:file=\"" + log + "\":none";
    }

    /**
     * The MB of old generation the build that wrote {@code lines} needed: the most the heap held right after a young
     * collection (the young generation is empty then, survivors included, since everything that survives is
     * promoted), or, when the old generation of {@code givenOldMb} filled up and was collected in full (for room,
     * not for class metadata), half as much again as that if more. Empty when the build made no young collection
     * (it needs no more than its young generation).
     */
    static OptionalLong needed(List<String> lines, long givenOldMb) {
        long most = -1;
        boolean full = false;
        for (String line : lines) {
            if (line.contains("Pause Full (Ergonomics)") || line.contains("Pause Full (Allocation Failure)")) {
                full = true; // not one for class metadata (the run that writes the class archive has one)
            } else if (line.contains("Pause Young")) {
                int arrow = line.indexOf("->");
                int open = arrow < 0 ? -1 : line.indexOf('(', arrow);
                if (open > arrow + 3) {
                    most = Math.max(most, megabytes(line.substring(arrow + 2, open)));
                }
            }
        }
        if (full) {
            most = Math.max(most, givenOldMb * 3 / 2);
        }
        return most >= 0 ? OptionalLong.of(most) : OptionalLong.empty();
    }

    /** "41M" as 41, "512K" as 1 (rounded up), "2G" as 2048; -1 when it is no size. */
    static long megabytes(String size) {
        if (size.length() < 2) {
            return -1;
        }
        long value;
        try {
            value = Long.parseLong(size.substring(0, size.length() - 1));
        } catch (NumberFormatException e) {
            return -1;
        }
        return switch (size.charAt(size.length() - 1)) {
            case 'B' -> (value + (1 << 20) - 1) >> 20;
            case 'K' -> (value + 1023) >> 10;
            case 'M' -> value;
            case 'G' -> value << 10;
            default -> -1;
        };
    }

    /**
     * After the build that wrote {@code log} succeeded: keeps the larger of the recorded need and the logged one.
     * The log is deleted either way; a record that cannot be written only costs the next build its head start.
     */
    static void update(Path out, Path log, long givenOldMb, boolean succeeded) {
        try {
            if (succeeded && Files.isRegularFile(log)) {
                OptionalLong needed = needed(Files.readAllLines(log, StandardCharsets.UTF_8), givenOldMb);
                OptionalLong recorded = recorded(out);
                if (needed.isPresent() && needed.getAsLong() > recorded.orElse(0)) {
                    Path record = log.resolveSibling(RECORD);
                    Path written = log.resolveSibling(RECORD + "." + ProcessHandle.current().pid() + ".tmp");
                    Files.writeString(written, needed.getAsLong() + "\n", StandardCharsets.US_ASCII);
                    Files.move(written, record, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException | RuntimeException e) {
            // no record: the next build starts as this one did
        } finally {
            try {
                Files.deleteIfExists(log);
            } catch (IOException ignored) {
                // a leftover log is deleted by the next build that writes one
            }
        }
    }
}
