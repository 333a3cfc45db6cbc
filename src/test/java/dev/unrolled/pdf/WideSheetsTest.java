package dev.unrolled.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unrolled.testing.FixtureProject;
import dev.unrolled.testing.PdfLines;
import dev.unrolled.testing.PdfText;
import dev.unrolled.testing.RandomExample;
import dev.unrolled.testing.Trees;
import java.io.IOException;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sheets of a wide example (8 hidden units, 12 features: [h; x] has 20 entries, a weight table 21 value columns, the
 * table of every unit's gates 16), printed with the shipped article and templates. A printed page cannot scroll
 * sideways, so nothing may run into its side margins: the tables come in column groups and the stacked vectors wrap.
 * Before, the table of the units' gates was cut off after its sixth unit and [h; x] ran off the page.
 */
class WideSheetsTest {
    private static final int HIDDEN = 8;
    private static final int FEATURES = 12;
    private static final String[] GATES = {"forget", "input", "candidate", "output"};

    @TempDir
    static Path temp;

    static FixtureProject project;

    @BeforeAll
    static void build() {
        project = FixtureProject.shippedBuiltWith(temp, "wide", example());
    }

    private static String example() {
        List<String> features = new ArrayList<>();
        for (int k = 1; k <= FEATURES; k++) {
            features.add("f" + k);
        }
        return RandomExample.json("wide", features, HIDDEN, List.of("red", "fox", "runs"), 8);
    }

    @Test
    void noSheetPrintsIntoItsSideMargins() {
        List<Path> pdfs = Trees.files(project.site(), ".pdf");
        assertEquals(6, pdfs.size(), pdfs.toString());
        for (Path pdf : pdfs) {
            assertEquals(List.of(), PdfText.of(pdf, PdfText.SIDE_MARGIN).outside(), pdf.getFileName().toString());
            PdfLines lines = PdfLines.of(pdf); // two-digit times and unit indices: the widest left-hand sides
            assertEquals(List.of(), lines.misalignedRelations(), pdf.getFileName().toString());
            assertEquals(List.of(), lines.overlaps(), pdf.getFileName().toString());
        }
    }

    /** The web page keeps each table whole (it scrolls sideways): a weight table has all 21 value columns. */
    @Test
    void theWebPageKeepsEachTableWhole() throws IOException {
        Document page = Jsoup.parse(project.site().resolve("en/wide/fox/index.html").toFile());
        List<Integer> columns = page.select("table.values").stream().map(t -> t.select("thead th").size()).toList();
        assertEquals(4, columns.stream().filter(n -> n == 1 + HIDDEN + FEATURES + 1).count(), columns.toString());
        assertEquals(1, columns.stream().filter(n -> n == 2 + FEATURES).count(), "words as vectors: " + columns);
    }

    /**
     * Every unit's z and gate value at every step is on the handout: for units after the first, whose formulas are
     * not written out, only the tables of the units' gates show them.
     */
    @Test
    void theHandoutShowsEveryUnitsGates() throws IOException {
        JsonNode steps = new ObjectMapper().readTree(project.site().resolve("en/wide/fox/trace.json").toFile())
                .get("steps");
        String text = PdfText.of(project.site().resolve("en/wide/fox/wide-fox-en-handout.pdf")).text().replaceAll("\\s+", " ");
        int checked = 0;
        for (JsonNode step : steps) {
            for (String gate : GATES) {
                for (int unit = 1; unit < HIDDEN; unit++) {
                    String z = shown(step.get(gate).get("z").get(unit));
                    String value = shown(step.get(gate).get("value").get(unit));
                    assertTrue(text.contains(" " + z + " " + value + " "),
                            "t=" + step.get("t") + " " + gate + " unit " + (unit + 1) + ": " + z + " " + value);
                    checked++;
                }
            }
        }
        assertEquals(3 * GATES.length * (HIDDEN - 1), checked);
    }

    /**
     * The summary prints each step's vectors as columns, one unit per line: unit j's number, then its forget, input,
     * candidate and output gate, memory and hidden state side by side on one line (wrapped at the page's width, the
     * vectors' entries fell into ragged lines of a few entries each).
     */
    @Test
    void theSummaryPrintsEachUnitOnALineOfItsOwn() throws IOException {
        JsonNode steps = new ObjectMapper().readTree(project.site().resolve("en/wide/fox/trace.json").toFile())
                .get("steps");
        List<String> lines = PdfText.of(project.site().resolve("en/wide/fox/wide-fox-en-handout.pdf")).text().lines()
                .map(line -> line.replaceAll("\\s+", " ").strip()).toList();
        for (JsonNode step : steps) {
            for (int unit = 0; unit < HIDDEN; unit++) {
                List<String> row = new ArrayList<>();
                for (String gate : GATES) {
                    row.add(shown(step.get(gate).get("value").get(unit)));
                }
                row.add(shown(step.get("c").get(unit)));
                row.add(shown(step.get("h").get(unit)));
                String expected = (unit + 1) + " " + String.join(" ", row); // after the unit's number
                assertTrue(lines.stream().anyMatch(line -> line.endsWith(expected)),
                        "t=" + step.get("t") + " unit " + (unit + 1) + ": " + expected);
            }
        }
    }

    private static String shown(JsonNode number) {
        return number.decimalValue().setScale(3, RoundingMode.HALF_UP).toPlainString().replace('-', '−');
    }
}
