package dev.unrolled.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unrolled.testing.Cli;
import dev.unrolled.testing.FixtureProject;
import dev.unrolled.testing.PdfText;
import dev.unrolled.testing.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The handouts of an example with 32 hidden units, printed with the shipped article and templates: its gates heatmap
 * has 128 rows, twice what a page holds. Before, the picture was cut at the page's foot and drawn again from the
 * next page's head, with the rows cut away still in the text (over the running header), so every row label was read
 * twice; now it is printed in parts of whole quantities, each on a page.
 */
class TallPicturesTest {
    private static final int HIDDEN = 32;
    private static final String[] GATES = {"forget", "input", "candidate", "output"};
    private static final List<String> QUANTITIES = List.of("fₜ", "iₜ", "C̃ₜ", "oₜ", "Cₜ", "hₜ");
    /** print.css: "@page { margin: … 17mm … 17mm }", left and right, on A4. */
    private static final double MARGIN = 17 / 25.4 * 72;

    @TempDir
    static Path temp;

    static FixtureProject project;

    @BeforeAll
    static void build() throws IOException {
        project = FixtureProject.shipped(temp);
        Trees.deleteQuietly(project.dir().resolve("content/examples"));
        project.write("content/examples/tall.json", example());
        Cli.Result result = project.build();
        assertEquals(0, result.code(), result.toString());
    }

    @Test
    void everyHeatmapRowIsPrintedOnceAndEachQuantityOnOnePage() throws IOException {
        for (String lang : List.of("en", "zh")) {
            Path handout = project.site().resolve(lang + "/tall/fox/tall-fox-" + lang + "-handout.pdf");
            assertEquals(List.of(), PdfText.of(handout, MARGIN).outside(), lang);
            List<String> pages = pages(handout);
            String all = String.join("\n", pages);
            for (String quantity : QUANTITIES) {
                for (int unit = 1; unit <= HIDDEN; unit++) {
                    assertEquals(1, count(all, quantity + "[" + unit + "]"), lang + ": " + quantity + "[" + unit + "]");
                }
                String first = quantity + "[1]";
                String last = quantity + "[" + HIDDEN + "]";
                assertTrue(pages.stream().anyMatch(page -> page.contains(first) && page.contains(last)),
                        lang + ": " + quantity + " on one page");
            }
        }
    }

    /** The web page and the Markdown export's picture file keep the heatmap whole: one picture, every row. */
    @Test
    void theWebPageAndTheExportKeepOnePicture() throws IOException {
        String page = Files.readString(project.site().resolve("en/tall/fox/index.html"));
        assertEquals(1, count(page, "id=\"chart-gates-title\""));
        assertEquals(0, count(page, "chart-gates-1"));
        String exported = Files.readString(project.site().resolve("en/tall/fox/tall-fox-gates.svg"));
        for (String quantity : QUANTITIES.subList(0, 4)) {
            assertEquals(HIDDEN, count(exported, ">" + quantity + "["), quantity);
        }
    }

    private static List<String> pages(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(document));
            }
            return Collections.unmodifiableList(pages);
        }
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    /** Weights of three decimals drawn from a fixed seed; three features, a sentence of two words. */
    private static String example() {
        Random random = new Random(32);
        StringBuilder weights = new StringBuilder();
        for (String gate : GATES) {
            List<String> rows = new ArrayList<>();
            List<String> bias = new ArrayList<>();
            for (int j = 0; j < HIDDEN; j++) {
                rows.add(vector(random, HIDDEN + 3));
                bias.add(number(random));
            }
            weights.append(weights.length() == 0 ? "" : ",\n").append("\"").append(gate).append("\": {\"W\": [")
                    .append(String.join(", ", rows)).append("], \"b\": [").append(String.join(", ", bias))
                    .append("]}");
        }
        return """
                {
                  "id": "tall",
                  "features": ["a", "b", "c"],
                  "hiddenSize": %d,
                  "vocabulary": {"red": %s, "fox": %s},
                  "weights": {%s},
                  "sentences": [{"id": "fox", "text": "red fox"}],
                  "arithmetic": {"mode": "hand", "decimals": 3}
                }
                """.formatted(HIDDEN, vector(random, 3), vector(random, 3), weights);
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
}
