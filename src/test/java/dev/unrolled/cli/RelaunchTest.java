package dev.unrolled.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The build JVM's collector and pages: ours by default, the user's when they choose them or size the heap; and
 * the launcher it watches.
 */
class RelaunchTest {
    private static final long GB = 1024L * 1024 * 1024;
    private static final OptionalLong NONE = OptionalLong.empty();

    @Test
    void byDefaultTheParallelCollectorWithAFixedYoungGenerationInALargerFirstHeap() {
        List<String> ours = List.of("-XX:+UseParallelGC", "-Xmn128m", "-Xms768m", "-XX:MaxTenuringThreshold=0",
                "-XX:SurvivorRatio=30");
        assertEquals(ours, Relaunch.collector(List.of(), 6 * GB, NONE));
        assertEquals(ours, Relaunch.collector(List.of("-Dfile.encoding=UTF-8"), 6 * GB, NONE));
    }

    @Test
    void theFirstHeapIsNeverLargerThanTheJvmWouldAllow() {
        assertEquals(List.of("-XX:+UseParallelGC", "-Xmn128m", "-Xms512m", "-XX:MaxTenuringThreshold=0",
                "-XX:SurvivorRatio=30"), Relaunch.collector(List.of(), GB / 2, NONE),
                "a 2 GB machine: the default most is a quarter of it");
        assertEquals(List.of("-XX:+UseParallelGC", "-Xmn128m", "-XX:MaxTenuringThreshold=0", "-XX:SurvivorRatio=30"),
                Relaunch.collector(List.of(), GB / 4, NONE), "too little to be worth it");
    }

    @Test
    void aRecordedNeedSizesTheFirstHeapAndTouchesIt() {
        // 128 MB young + 244 + 24 (a tenth) + 64 to spare = 460, rounded up to a multiple of 16
        assertEquals(List.of("-XX:+UseParallelGC", "-Xmn128m", "-Xms464m", "-XX:+AlwaysPreTouch",
                "-XX:MaxTenuringThreshold=0", "-XX:SurvivorRatio=30"), Relaunch.collector(List.of(), 6 * GB,
                OptionalLong.of(244)));
        assertEquals(464, Relaunch.initialHeapMb(6 * GB, OptionalLong.of(244)));
        assertEquals(336, Relaunch.initialHeapMb(6 * GB, OptionalLong.of(128)), "128 + 128 + 12 + 64 = 332 -> 336");
        assertEquals(768, Relaunch.initialHeapMb(6 * GB, OptionalLong.of(127)), "a small build's heap is not touched");
        assertEquals(List.of("-XX:+UseParallelGC", "-Xmn128m", "-Xms768m", "-XX:MaxTenuringThreshold=0",
                "-XX:SurvivorRatio=30"), Relaunch.collector(List.of(), 6 * GB, OptionalLong.of(41)));
        assertEquals(768, Relaunch.initialHeapMb(6 * GB, OptionalLong.of(5_000)), "never more than without one");
        assertEquals(512, Relaunch.initialHeapMb(GB / 2, OptionalLong.of(5_000)), "nor more than the JVM allows");
        assertEquals(0, Relaunch.initialHeapMb(GB / 4, OptionalLong.of(100)), "too little to be worth it");
        assertEquals(List.of("-XX:+UseParallelGC", "-Xmn128m", "-XX:MaxTenuringThreshold=0", "-XX:SurvivorRatio=30"),
                Relaunch.collector(List.of(), GB / 4, OptionalLong.of(100)), "so nothing is touched either");
        assertEquals(List.of("-XX:+UseParallelGC"), Relaunch.collector(List.of("-Xmx2g"), 6 * GB,
                OptionalLong.of(244)), "a heap the user sized is the user's");
        assertEquals(List.of(), Relaunch.collector(List.of("-XX:+UseG1GC"), 6 * GB, OptionalLong.of(244)));
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
        assertEquals(List.of(), Relaunch.collector(List.of("-XX:+UseSerialGC"), 6 * GB, NONE));
        assertEquals(List.of(), Relaunch.collector(List.of("-Xmx1g", "-XX:+UseG1GC"), 6 * GB, NONE));
    }

    @Test
    void anAgeTheUserChoseForPromotionIsKept() {
        assertEquals(List.of("-XX:+UseParallelGC", "-Xmn128m", "-Xms768m"),
                Relaunch.collector(List.of("-XX:MaxTenuringThreshold=3"), 6 * GB, NONE));
        assertEquals(List.of("-XX:+UseParallelGC", "-Xmn128m", "-Xms768m"),
                Relaunch.collector(List.of("-XX:SurvivorRatio=6"), 6 * GB, NONE), "and survivor spaces to use");
    }

    @Test
    void aHeapTheUserSizedIsNotOverriddenByAYoungGenerationThatMightNotFit() {
        for (String option : List.of("-Xmx100m", "-Xmn64m", "-Xms2g", "-XX:NewSize=32m", "-XX:MaxNewSize=64m",
                "-XX:MaxHeapSize=256m", "-XX:InitialHeapSize=1g")) {
            assertEquals(List.of("-XX:+UseParallelGC"), Relaunch.collector(List.of(option), 6 * GB, NONE), option);
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
}
