package dev.unrolled.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's table says what it measured: one row per series, hidden size and N, with the page counts the
 * synthetic content implies and figures that hang together. (Its times are never asserted: they are the
 * benchmark's output, not a test's.)
 */
class BenchTest {
    @Test
    void theWarmTableHasARowPerMeasurementWithConsistentFigures() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Bench.run(Path.of("."), new Bench.Plan(List.of(1, 3), List.of(2), List.of(1, 2), 2, 0),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String printed = bytes.toString(StandardCharsets.UTF_8);

        List<String[]> rows = printed.lines().filter(line -> line.startsWith("| html |") || line.startsWith("| pdf |"))
                .map(line -> Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::trim)
                        .toArray(String[]::new))
                .toList();
        List<String> keys = rows.stream().map(row -> row[0] + " H=" + row[1] + " N=" + row[2]).toList();
        assertEquals(List.of("html H=1 N=1", "html H=1 N=3", "html H=2 N=1", "html H=2 N=3", "pdf H=1 N=2",
                "pdf H=2 N=2"), keys, printed);
        for (String[] row : rows) {
            assertEquals(14, row.length, String.join(" | ", row));
            int n = Integer.parseInt(row[2]);
            int pages = Integer.parseInt(row[3]);
            boolean pdf = row[0].equals("pdf");
            assertEquals(pdf ? 3 * n : n, pages, "an article per sentence, three PDFs each");
            long stage = Long.parseLong(row[6]) + (pdf ? Long.parseLong(row[8]) : 0);
            assertEquals(Double.parseDouble(row[10]), (double) stage / pages, 0.05,
                    "ms/page is html+md (and pdf, which overlaps it) per page");
            if (!pdf) {
                assertEquals("0", row[8], "no PDF time in a web-only build");
            }
            long heap = Long.parseLong(row[12]);
            long live = Long.parseLong(row[13]);
            assertTrue(live > 0 && live <= heap, "live heap within the heap used: " + live + " / " + heap);
        }
        assertFalse(printed.contains("New process each time"), "no cold runs were asked for");
    }
}
