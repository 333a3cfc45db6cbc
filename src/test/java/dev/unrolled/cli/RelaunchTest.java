package dev.unrolled.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The build JVM's collector: ours by default, the user's when they choose one or size the heap. */
class RelaunchTest {
    @Test
    void byDefaultTheParallelCollectorWithAFixedYoungGeneration() {
        assertEquals(List.of("-XX:+UseParallelGC", "-Xmn128m"), Relaunch.collector(List.of()));
        assertEquals(List.of("-XX:+UseParallelGC", "-Xmn128m"), Relaunch.collector(List.of("-Dfile.encoding=UTF-8")));
    }

    @Test
    void aCollectorTheUserChoseIsKeptAsItIs() {
        assertEquals(List.of(), Relaunch.collector(List.of("-XX:+UseSerialGC")));
        assertEquals(List.of(), Relaunch.collector(List.of("-Xmx1g", "-XX:+UseG1GC")));
    }

    @Test
    void aHeapTheUserSizedIsNotOverriddenByAYoungGenerationThatMightNotFit() {
        for (String option : List.of("-Xmx100m", "-Xmn64m", "-XX:NewSize=32m", "-XX:MaxNewSize=64m",
                "-XX:MaxHeapSize=256m")) {
            assertEquals(List.of("-XX:+UseParallelGC"), Relaunch.collector(List.of(option)), option);
        }
    }
}
