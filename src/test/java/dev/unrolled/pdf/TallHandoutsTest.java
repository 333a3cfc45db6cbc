package dev.unrolled.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unrolled.testing.FixtureProject;
import dev.unrolled.testing.PdfText;
import dev.unrolled.testing.RandomExample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The handouts of an example with 32 hidden units, printed with the shipped article and templates. Its gates heatmap
 * has 128 rows, twice what a page holds: before, the picture was cut at the page's foot and drawn again from the
 * next page's head, with the rows cut away still in the text (over the running header), so every row label was read
 * twice; now it is printed in parts of whole quantities, each on a page. Each row of its summary table holds a
 * word's 32 units, some 14 cm, and is kept whole: before, the table began with its heading row alone at a page's
 * foot and the first word on the next page.
 */
class TallHandoutsTest {
    private static final int HIDDEN = 32;
    private static final List<String> QUANTITIES = List.of("fₜ", "iₜ", "C̃ₜ", "oₜ", "Cₜ", "hₜ");

    @TempDir
    static Path temp;

    static FixtureProject project;

    @BeforeAll
    static void build() {
        project = FixtureProject.shippedBuiltWith(temp, "tall",
                RandomExample.json("tall", List.of("a", "b", "c"), HIDDEN, List.of("red", "fox"), 32));
    }

    @Test
    void everyHeatmapRowIsPrintedOnceAndEachQuantityOnOnePage() throws IOException {
        for (String lang : List.of("en", "zh")) {
            Path handout = project.site().resolve(lang + "/tall/fox/tall-fox-" + lang + "-handout.pdf");
            assertEquals(List.of(), PdfText.of(handout, PdfText.SIDE_MARGIN).outside(), lang);
            List<String> pages = PdfText.pages(handout);
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

    /** Wherever the summary table's heading row is printed, the row below it is a word's, on the same page. */
    @Test
    void theSummaryTableNeverEndsAPageWithItsHeadingRow() {
        for (String lang : List.of("en", "zh")) {
            Path handout = project.site().resolve(lang + "/tall/fox/tall-fox-" + lang + "-handout.pdf");
            String unit = lang.equals("en") ? "unit" : "单元";
            int headings = 0;
            for (String page : PdfText.pages(handout)) {
                List<String> lines = page.lines().map(String::strip).toList();
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).startsWith("t ") && lines.get(i).contains(" " + unit + " ")) {
                        headings++;
                        // (the heading's subscripts may be read as a line of their own, so not the next line)
                        List<String> below = lines.subList(i + 1, lines.size());
                        assertTrue(below.stream().anyMatch(line -> line.matches("[01] (red|fox) 1 .*")),
                                lang + ": below the heading row: " + below);
                    }
                }
            }
            assertTrue(headings > 0, lang + ": no heading row found");
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

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
