package dev.unrolled.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build JVM's collector and pages: ours by default, the user's when they choose them or size the heap; the
 * launcher it watches; and the name of its class archive.
 */
class RelaunchTest {
    private static final long GB = 1024L * 1024 * 1024;

    @Test
    void byDefaultTheParallelCollectorWithFixedGenerationsInALargerFirstHeap() {
        List<String> ours = List.of("-XX:+UseParallelGC", "-Xmn192m", "-Xms768m", "-XX:MaxTenuringThreshold=1",
                "-XX:SurvivorRatio=4", "-XX:-UseAdaptiveSizePolicy");
        assertEquals(ours, Relaunch.collector(List.of(), 6 * GB));
        assertEquals(ours, Relaunch.collector(List.of("-Dfile.encoding=UTF-8"), 6 * GB));
        assertTrue(ours.stream().noneMatch(option -> option.contains("PreTouch")), "the heap is not touched at start");
    }

    @Test
    void theFirstHeapIsNeverLargerThanTheJvmWouldAllow() {
        assertEquals(List.of("-XX:+UseParallelGC", "-Xmn192m", "-Xms512m", "-XX:MaxTenuringThreshold=1",
                "-XX:SurvivorRatio=4", "-XX:-UseAdaptiveSizePolicy"), Relaunch.collector(List.of(), GB / 2),
                "a 2 GB machine: the default most is a quarter of it");
        assertEquals(512, Relaunch.initialHeapMb(GB / 2));
        assertEquals(768, Relaunch.initialHeapMb(6 * GB));
        assertEquals(List.of("-XX:+UseParallelGC", "-Xmn192m", "-XX:MaxTenuringThreshold=1", "-XX:SurvivorRatio=4",
                "-XX:-UseAdaptiveSizePolicy"), Relaunch.collector(List.of(), GB / 4), "too little to be worth it");
        assertEquals(0, Relaunch.initialHeapMb(GB / 4));
        assertEquals(0, Relaunch.initialHeapMb(384L * 1024 * 1024), "no more than the young generation twice");
        assertEquals(400, Relaunch.initialHeapMb(400L * 1024 * 1024));
    }

    @Test
    void theHeapIsOursOnlyWhenTheUserChoseNeitherCollectorNorSize() {
        assertTrue(Relaunch.ownsHeap(List.of()));
        assertTrue(Relaunch.ownsHeap(List.of("-Dfile.encoding=UTF-8", "-XX:MaxTenuringThreshold=3")));
        for (String option : List.of("-XX:+UseSerialGC", "-Xmx100m", "-Xmn64m", "-Xms2g", "-XX:NewSize=32m",
                "-XX:MaxHeapSize=256m", "-XX:InitialHeapSize=1g")) {
            assertTrue(!Relaunch.ownsHeap(List.of(option)), option);
        }
    }

    @Test
    void aCollectorTheUserChoseIsKeptAsItIs() {
        assertEquals(List.of(), Relaunch.collector(List.of("-XX:+UseSerialGC"), 6 * GB));
        assertEquals(List.of(), Relaunch.collector(List.of("-Xmx1g", "-XX:+UseG1GC"), 6 * GB));
    }

    @Test
    void anAgeTheUserChoseForPromotionIsKept() {
        List<String> sized = List.of("-XX:+UseParallelGC", "-Xmn192m", "-Xms768m");
        assertEquals(sized, Relaunch.collector(List.of("-XX:MaxTenuringThreshold=3"), 6 * GB));
        assertEquals(sized, Relaunch.collector(List.of("-XX:SurvivorRatio=6"), 6 * GB), "and survivor spaces to use");
        assertEquals(sized, Relaunch.collector(List.of("-XX:+UseAdaptiveSizePolicy"), 6 * GB), "or their sizing");
    }

    @Test
    void aHeapTheUserSizedIsNotOverriddenByAYoungGenerationThatMightNotFit() {
        for (String option : List.of("-Xmx100m", "-Xmn64m", "-Xms2g", "-XX:NewSize=32m", "-XX:MaxNewSize=64m",
                "-XX:MaxHeapSize=256m", "-XX:InitialHeapSize=1g")) {
            assertEquals(List.of("-XX:+UseParallelGC"), Relaunch.collector(List.of(option), 6 * GB), option);
        }
    }

    @Test
    void hugePagesOnlyWhereTheKernelGivesThemOnRequest() {
        List<String> huge = List.of("-XX:+UseTransparentHugePages");
        assertEquals(huge, Relaunch.hugePages(List.of(), Optional.of("always [madvise] never\n")));
        assertEquals(huge, Relaunch.hugePages(List.of("-Xmx1g"), Optional.of("always [madvise] never\n")));
        assertEquals(List.of(), Relaunch.hugePages(List.of(), Optional.of("[always] madvise never\n")),
                "the heap has them anyway");
        assertEquals(List.of(), Relaunch.hugePages(List.of(), Optional.of("always madvise [never]\n")),
                "the option would only warn");
        assertEquals(List.of(), Relaunch.hugePages(List.of(), Optional.empty()), "no such setting (not Linux)");
    }

    @Test
    void pageOptionsTheUserChoseAreKept() {
        for (String option : List.of("-XX:-UseTransparentHugePages", "-XX:+UseTransparentHugePages",
                "-XX:+UseLargePages", "-XX:-UseLargePages")) {
            assertEquals(List.of(), Relaunch.hugePages(List.of(option), Optional.of("always [madvise] never")),
                    option);
        }
    }

    @Test
    void theLauncherIsWatchedOnlyWhileItIsStillTheParent() {
        long parent = ProcessHandle.current().parent().orElseThrow().pid();
        assertEquals(parent, Relaunch.launcher(Long.toString(parent)).orElseThrow().pid());
        assertTrue(Relaunch.launcher(Long.toString(ProcessHandle.current().pid())).isEmpty(),
                "a process that is not the parent (as after the launcher died and the build JVM was re-parented)");
        assertTrue(Relaunch.launcher("1").isEmpty() || parent == 1);
        assertTrue(Relaunch.launcher("not a pid").isEmpty());
    }

    /**
     * The JVM takes an archive only for the class path it was made with, so a jar copied or moved with its archive
     * (same size, same time) must not find it under the name it looks for.
     */
    @Test
    void anArchiveIsNamedForTheJarItsTimeItsPathAndTheJvm(@TempDir Path temp) throws IOException {
        Path jar = Files.writeString(Files.createDirectories(temp.resolve("a")).resolve("unrolled.jar"), "a jar");
        FileTime time = FileTime.fromMillis(1_700_000_000_000L);
        Files.setLastModifiedTime(jar, time);
        Path archive = Relaunch.archive(jar);
        assertEquals(jar.getParent(), archive.getParent());
        String jvm = System.getProperty("java.vm.version").replaceAll("[^A-Za-z0-9.]", "_");
        assertEquals(".unrolled.jar-5-18bcfe56800-" + Integer.toHexString(jar.toAbsolutePath().toString()
                .hashCode()) + "-" + jvm + ".jsa", archive.getFileName().toString());
        assertEquals(archive, Relaunch.archive(jar), "the same jar, the same archive");

        Path moved = Files.copy(jar, Files.createDirectories(temp.resolve("b")).resolve("unrolled.jar"),
                StandardCopyOption.COPY_ATTRIBUTES);
        assertEquals(time, Files.getLastModifiedTime(moved));
        assertNotEquals(archive.getFileName(), Relaunch.archive(moved).getFileName(), "the same jar elsewhere");

        Files.writeString(jar, "a jar!");
        Files.setLastModifiedTime(jar, time);
        assertNotEquals(archive, Relaunch.archive(jar), "another size");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_700_000_000_001L));
        assertNotEquals(archive, Relaunch.archive(jar), "another time");
    }
}
