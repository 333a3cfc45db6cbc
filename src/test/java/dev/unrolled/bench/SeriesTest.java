package dev.unrolled.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unrolled.testing.Cli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gauged series: its summary groups builds by the machine's speed and counts them right (figures worked out by
 * hand below), a round runs the tool in new processes and reports it, and the command refuses nonsense. Its times
 * are the benchmark's output and never asserted.
 */
class SeriesTest {
    private static Processes.Times times(long wall, long cpu) {
        return new Processes.Times(wall, cpu);
    }

    @Test
    void theSummaryGroupsBuildsByTheSpeedOfTheMoment() {
        List<Series.Round> rounds = List.of(
                new Series.Round("01:00:00", 100, 80, times(2500, 4000), times(2700, 4300)),
                new Series.Round("01:00:20", 110, 81, times(2900, 4500), times(3100, 4800)),
                new Series.Round("01:00:40", 104, 79, times(2600, 4100), times(2800, 4400)),
                new Series.Round("01:01:00", 111, 90, times(3100, 5000), times(3300, 5200)),
                new Series.Round("01:01:20", 140, 120, times(3600, 5600), times(3900, -1)),
                new Series.Round("01:01:40", 131, 118, times(3000, 5400), times(3400, -1)));

        List<String> lines = Series.summary(rounds);

        assertEquals(List.of(
                // 2500, 2600, 2900: median 2600; all three within 3 s; CPU 4000, 4100, 4500
                "| <= 110 ms (the targets' speed) | 3 | 2600 | 2500-2900 | 3 of 3 | 4100 "
                        + "| 2800 | 2700-3100 | 2 of 3 | 4400 |",
                "| 111-130 ms | 1 | 3100 | 3100-3100 | 0 of 1 | 5000 | 3300 | 3300-3300 | 0 of 1 | 5200 |",
                // 3000 is within the target (at or under 3 s); java -jar's CPU unknown in both
                "| over 130 ms | 2 | 3300 | 3000-3600 | 1 of 2 | 5500 | 3650 | 3400-3900 | 0 of 2 |  |",
                // script: 2500 2600 2900 3000 3100 3600, median (2900 + 3000) / 2 = 2950; CPU 4000 4100 4500 5000
                // 5400 5600, median 4750; java -jar: 2700 2800 3100 3300 3400 3900, median 3200; CPU 4300 4400 4800
                // 5200, median 4600
                "| all | 6 | 2950 | 2500-3600 | 4 of 6 | 4750 | 3200 | 2700-3900 | 2 of 6 | 4600 |"),
                lines.subList(2, lines.size()));
    }

    @Test
    void aBandWithoutBuildsAndAWayNotMeasuredLeaveEmptyCells() {
        List<String> lines = Series.summary(List.of(new Series.Round("02:00:00", 120, 90, null, times(3200, 5100))));

        assertEquals("| <= 110 ms (the targets' speed) | 0 |  |  |  |  |  |  |  |  |", lines.get(2));
        assertEquals("| 111-130 ms | 1 |  |  |  |  | 3200 | 3200-3200 | 0 of 1 | 5100 |", lines.get(3));
        for (String line : lines) {
            assertEquals(11, line.chars().filter(c -> c == '|').count(), "ten cells: " + line);
        }
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfItsMiddleValues() {
        assertEquals(3, Series.median(List.of(5L, 1L, 3L)));
        assertEquals(3, Series.median(List.of(4L, 1L, 2L, 9L))); // (2 + 4) / 2
        assertEquals(4, Series.median(List.of(4L, 1L, 3L, 9L))); // 3.5, rounded half up
        assertEquals(7, Series.median(List.of(7L)));
    }

    @Test
    void childrenTimesAreReadAfterACommandNameWithSpacesAndParentheses() {
        // fields 16 and 17 (cutime, cstime) are 123 and 45 ticks of 10 ms
        String stat = "4242 (a (b) c) S 1 4242 4242 0 -1 4194304 900 0 0 0 31 7 123 45 20 0 12 0 5000 1 1";

        assertEquals(1680, Processes.childrenCpuMillis(stat));
    }

    @Test
    void aRoundBuildsInNewProcessesAndReportsTheGaugesWithIt(@TempDir Path dir) throws Exception {
        Path project = SyntheticProject.write(dir.resolve("p"), Path.of("."), 1, 2, 1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        new Series(project, null, Duration.ZERO, new PrintStream(bytes, true, StandardCharsets.UTF_8))
                .rounds(Duration.ZERO);

        String printed = bytes.toString(StandardCharsets.UTF_8);
        List<String[]> rows = printed.lines().filter(line -> line.matches("\\| \\d\\d:\\d\\d:\\d\\d \\|.*"))
                .map(line -> Arrays.stream(line.substring(1, line.length() - 1).split("\\|", -1)).map(String::trim)
                        .toArray(String[]::new))
                .toList();
        assertEquals(1, rows.size(), "one round when the time is up at once:\n" + printed);
        String[] row = rows.get(0);
        assertEquals(7, row.length, printed);
        assertTrue(Long.parseLong(row[1]) > 0 && Long.parseLong(row[2]) >= 0, printed);
        assertEquals("", row[3], "no jar, so no script beside it");
        assertTrue(Long.parseLong(row[5]) > 0, printed);
        assertTrue(Long.parseLong(row[6]) > 0, "a JVM's build takes CPU time (Linux tells): " + printed);
        assertTrue(printed.contains("(no launcher script beside the jar: java -jar only)"), printed);
        assertTrue(printed.contains("| all | 1 |  |  |  |  | " + row[5] + " | " + row[5] + "-" + row[5] + " | "),
                printed);
        assertTrue(project.resolve("site/index.html").toFile().isFile(), "the round built the site");
    }

    @Test
    void theCommandRefusesASeriesOfNoMinutesAndQuickWithIt() {
        Cli.Result none = Cli.run("bench", "--series", "0");
        assertEquals(2, none.code(), none.toString());
        assertTrue(none.err().contains("--series: MINUTES must be 1 or more, not 0"), none.toString());

        Cli.Result quick = Cli.run("bench", "--series", "1", "--quick");
        assertEquals(2, quick.code(), quick.toString());
        assertTrue(quick.err().contains("--series and --quick do not go together"), quick.toString());
    }
}
