package dev.unrolled.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unrolled.testing.Cli;
import dev.unrolled.testing.FixtureProject;
import dev.unrolled.testing.PdfLines;
import dev.unrolled.testing.PdfText;
import dev.unrolled.testing.Trees;
import java.io.IOException;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
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
    /** print.css: "@page { margin: … 17mm … 17mm }", left and right, on A4. */
    private static final double MARGIN = 17 / 25.4 * 72;

    @TempDir
    static Path temp;

    static FixtureProject project;

    @BeforeAll
    static void build() throws IOException {
        project = FixtureProject.shipped(temp);
        Trees.deleteQuietly(project.dir().resolve("content/examples"));
        project.write("content/examples/wide.json", example());
        Cli.Result result = project.build();
        assertEquals(0, result.code(), result.toString());
    }

    /** Weights of three decimals (the widest cells a table of weights usually has), drawn from a fixed seed. */
    private static String example() {
        Random random = new Random(8);
        List<String> features = new ArrayList<>();
        for (int k = 1; k <= FEATURES; k++) {
            features.add("\"f" + k + "\"");
        }
        StringBuilder weights = new StringBuilder();
        for (String gate : GATES) {
            List<String> rows = new ArrayList<>();
            List<String> bias = new ArrayList<>();
            for (int j = 0; j < HIDDEN; j++) {
                rows.add(vector(random, HIDDEN + FEATURES));
                bias.add(number(random));
            }
            weights.append(weights.length() == 0 ? "" : ",\n").append("\"").append(gate).append("\": {\"W\": [")
                    .append(String.join(", ", rows)).append("], \"b\": [").append(String.join(", ", bias))
                    .append("]}");
        }
        return """
                {
                  "id": "wide",
                  "features": [%s],
                  "hiddenSize": %d,
                  "vocabulary": {"red": %s, "fox": %s, "runs": %s},
                  "weights": {%s},
                  "sentences": [{"id": "fox", "text": "red fox runs"}],
                  "arithmetic": {"mode": "hand", "decimals": 3}
                }
                """.formatted(String.join(", ", features), HIDDEN, vector(random, FEATURES),
                vector(random, FEATURES), vector(random, FEATURES), weights);
    }

    private static String vector(Random random, int size) {
        List<String> values = new ArrayList<>();
        for (int k = 0; k < size; k++) {
            values.add(number(random));
        }
        return "[" + String.join(", ", values) + "]";
    }

    private static String number(Random random) {
        return String.format(Locale.ROOT, "%.3f", random.nextInt(2001) / 1000.0 - 1);
    }

    @Test
    void noSheetPrintsIntoItsSideMargins() {
        List<Path> pdfs = Trees.files(project.site(), ".pdf");
        assertEquals(6, pdfs.size(), pdfs.toString());
        for (Path pdf : pdfs) {
            assertEquals(List.of(), PdfText.of(pdf, MARGIN).outside(), pdf.getFileName().toString());
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
