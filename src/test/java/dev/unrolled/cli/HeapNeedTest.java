package dev.unrolled.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the launcher learns from a build's collections, and how it keeps it beside the site. */
class HeapNeedTest {
    @TempDir
    Path temp;

    @Test
    void theNeedIsTheMostLeftAfterAYoungCollection() {
        List<String> log = List.of(
                "Using Parallel",
                "GC(0) Pause Young (Allocation Failure) 96M->23M(752M) 44.713ms",
                "GC(1) Pause Young (Allocation Failure) 119M->50M(752M) 58.569ms",
                "GC(7) Pause Young (GCLocker Initiated GC) 315M->215M(766M) 54.893ms",
                "GC(8) Pause Young (Allocation Failure) 339M->244M(766M) 72.711ms");
        assertEquals(OptionalLong.of(244), HeapNeed.needed(log, 640));
        assertEquals(OptionalLong.of(215), HeapNeed.needed(log.subList(0, 4), 640), "not merely the last line");
    }

    @Test
    void anOldGenerationThatFilledUpAsksForHalfAsMuchAgain() {
        List<String> log = List.of(
                "GC(6) Pause Young (Allocation Failure) 271M->189M(318M) 44.228ms",
                "GC(7) Pause Full (Ergonomics) 313M->85M(386M) 280.035ms",
                "GC(8) Pause Young (Allocation Failure) 209M->105M(386M) 24.845ms");
        assertEquals(OptionalLong.of(288), HeapNeed.needed(log, 192), "192 MB given, and it was too little");
        assertEquals(OptionalLong.of(189), HeapNeed.needed(log, 100), "unless more was seen held");
        assertEquals(OptionalLong.of(288), HeapNeed.needed(List.of(
                "GC(3) Pause Full (Allocation Failure) 313M->285M(386M) 280.035ms"), 192));
    }

    @Test
    void aFullCollectionForClassMetadataIsNoSignOfTooLittleHeap() {
        List<String> log = List.of( // the build that writes the class archive, which loads every class from the jar
                "GC(2) Pause Young (Metadata GC Threshold) 77M->54M(752M) 34.542ms",
                "GC(3) Pause Full (Metadata GC Threshold) 54M->53M(752M) 124.400ms",
                "GC(10) Pause Young (Allocation Failure) 359M->266M(767M) 111.551ms");
        assertEquals(OptionalLong.of(266), HeapNeed.needed(log, 640));
    }

    @Test
    void aBuildThatCollectedNothingNeedsNoOldGeneration() {
        assertEquals(OptionalLong.empty(), HeapNeed.needed(List.of("Using Parallel"), 640));
        assertEquals(OptionalLong.empty(), HeapNeed.needed(List.of(), 640));
        assertEquals(OptionalLong.empty(), HeapNeed.needed(List.of("GC(0) Pause Young (Allocation Failure) ->"),
                640), "a line cut short is no size");
    }

    @Test
    void sizesInTheLogsUnits() {
        assertEquals(41, HeapNeed.megabytes("41M"));
        assertEquals(1, HeapNeed.megabytes("512K"), "rounded up");
        assertEquals(2, HeapNeed.megabytes("1025K"));
        assertEquals(1, HeapNeed.megabytes("100B"));
        assertEquals(2048, HeapNeed.megabytes("2G"));
        assertEquals(-1, HeapNeed.megabytes("12"));
        assertEquals(-1, HeapNeed.megabytes("M"));
        assertEquals(-1, HeapNeed.megabytes("12T"));
        assertEquals(-1, HeapNeed.megabytes("1x2M"));
    }

    @Test
    void theRecordOnlyGrowsAndOnlyFromABuildThatSucceeded() throws Exception {
        Path site = temp.resolve("site");
        assertEquals(OptionalLong.empty(), HeapNeed.recorded(site), "nothing before the first build");
        Path log = HeapNeed.prepareLog(site);
        assertEquals(temp.resolve(".site.inputs").resolve("gc.log"), log);
        assertEquals("*\n", Files.readString(log.resolveSibling(".gitignore")), "kept out of git");

        write(log, "GC(0) Pause Young (Allocation Failure) 96M->41M(752M) 99.376ms");
        HeapNeed.update(site, log, 640, false);
        assertEquals(OptionalLong.empty(), HeapNeed.recorded(site), "a failed build may have stopped early");
        assertFalse(Files.exists(log), "its log is deleted all the same");

        write(log, "GC(0) Pause Young (Allocation Failure) 96M->41M(752M) 99.376ms");
        HeapNeed.update(site, log, 640, true);
        assertEquals(OptionalLong.of(41), HeapNeed.recorded(site));
        assertFalse(Files.exists(log));

        write(log, "GC(0) Pause Young (Allocation Failure) 96M->244M(752M) 9ms");
        HeapNeed.update(site, log, 640, true);
        assertEquals(OptionalLong.of(244), HeapNeed.recorded(site));

        write(log, "GC(0) Pause Young (Allocation Failure) 96M->120M(752M) 9ms");
        HeapNeed.update(site, log, 640, true);
        assertEquals(OptionalLong.of(244), HeapNeed.recorded(site), "a smaller rebuild keeps room for a full one");

        write(log, "Using Parallel");
        HeapNeed.update(site, log, 640, true);
        assertEquals(OptionalLong.of(244), HeapNeed.recorded(site));
        try (var files = Files.list(log.getParent())) {
            assertEquals(List.of(".gitignore", "heap"), files.map(p -> p.getFileName().toString()).sorted()
                    .toList(), "no log and no temporary file left");
        }
    }

    @Test
    void aRecordThatIsNotANumberIsIgnored() throws Exception {
        Path site = temp.resolve("site");
        Path record = Files.createDirectories(temp.resolve(".site.inputs")).resolve("heap");
        for (String text : List.of("", "lots", "-5", "0", "99999999999999999999")) {
            Files.writeString(record, text);
            assertEquals(OptionalLong.empty(), HeapNeed.recorded(site), text);
        }
        Files.writeString(record, "300\n");
        assertEquals(OptionalLong.of(300), HeapNeed.recorded(site));
    }

    @Test
    void noLogWhereTheFolderCannotBeMade() throws Exception {
        Files.writeString(temp.resolve(".site.inputs"), "a file where the folder would go");
        assertEquals(null, HeapNeed.prepareLog(temp.resolve("site")));
    }

    /** A JVM given a log file whose path has a double quote does not start at all, so none is asked for. */
    @Test
    void noLogWhereThePathHasADoubleQuote() throws Exception {
        Path odd = Files.createDirectories(temp.resolve("say \"hi\""));
        assertEquals(null, HeapNeed.prepareLog(odd.resolve("site")));
        assertFalse(Files.exists(odd.resolve(".site.inputs")), "nothing made for it either");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HeapNeed.logOption(odd.resolve("gc.log")), "-version").redirectErrorStream(true)
                .redirectOutput(temp.resolve("out.txt").toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertTrue(process.exitValue() != 0, "why: " + Files.readString(temp.resolve("out.txt")));
    }

    /**
     * The log as this JVM writes it, not as the tests above spell it: a JVM with the launcher's option and collector
     * keeps 24 MB reachable through several young collections of a 16 MB young generation, and the need read from its
     * log is at least that and less than the heap. A path with a space checks the option's quoting.
     */
    @Test
    void aRealJvmsLogIsRead() throws Exception {
        Path log = Files.createDirectories(temp.resolve("with space")).resolve("gc.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), HeapNeed.logOption(log), "-XX:+UseParallelGC", "-Xmn16m", "-Xms96m", "-Xmx96m",
                "-XX:MaxTenuringThreshold=0", "-cp", System.getProperty("java.class.path"), Keeper.class.getName()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(temp.resolve("out.txt").toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), Files.readString(temp.resolve("out.txt")));
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        long needed = HeapNeed.needed(lines, 80).orElseThrow();
        assertTrue(needed >= 24 && needed < 96, needed + " MB from " + lines);
    }

    /** Keeps 192 arrays of 128 KB (24 MB) reachable while it allocates some 220 MB that is not. */
    static final class Keeper {
        public static void main(String[] args) {
            List<byte[]> kept = new ArrayList<>();
            long sum = 0;
            for (int i = 0; i < 2_000; i++) {
                byte[] chunk = new byte[128 * 1024];
                chunk[i % chunk.length] = (byte) i;
                if (i % 8 == 0 && kept.size() < 192) {
                    kept.add(chunk);
                }
                sum += chunk[0];
            }
            System.out.println(kept.size() + " " + sum);
        }
    }

    private static void write(Path log, String line) throws Exception {
        Files.writeString(log, line + "\n", StandardCharsets.UTF_8);
    }
}
