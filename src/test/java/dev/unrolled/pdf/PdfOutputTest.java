package dev.unrolled.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unrolled.testing.PdfLines;
import dev.unrolled.testing.PdfText;
import dev.unrolled.testing.ShippedBuild;
import dev.unrolled.testing.Trees;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The printed sheets of the shipped content, read back with PDFBox as a teacher's PDF viewer would. */
class PdfOutputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] GATES = {"forget", "input", "candidate", "output"};

    static Path site;

    @BeforeAll
    static void build() {
        site = ShippedBuild.site();
    }

    private static Path pdf(String lang, String example, String sentence, String sheet) {
        return site.resolve(lang + "/" + example + "/" + sentence + "/" + example + "-" + sentence + "-" + lang + "-"
                + sheet + ".pdf");
    }

    private static String shown(JsonNode number) {
        return number.decimalValue().setScale(3, RoundingMode.HALF_UP).toPlainString().replace('-', '−');
    }

    @Test
    void everyArticleHasAHandoutExerciseSheetAndAnswerKeyInEveryLanguage() {
        for (String lang : List.of("en", "zh")) {
            for (String[] article : List.of(new String[] {"alice", "alice"}, new String[] {"keys", "agreement"})) {
                for (String sheet : List.of("handout", "exercises", "answers")) {
                    assertTrue(Files.isRegularFile(pdf(lang, article[0], article[1], sheet)), lang + sheet);
                }
            }
        }
    }

    @Test
    void theHandoutContainsEveryNumberOfTheTrace() throws IOException {
        JsonNode steps = JSON.readTree(site.resolve("en/alice/alice/trace.json").toFile()).get("steps");
        String text = PdfText.of(pdf("en", "alice", "alice", "handout")).compact();
        for (JsonNode step : steps) {
            for (String gate : GATES) {
                assertTrue(text.contains("≈" + shown(step.get(gate).get("value").get(0))), gate + step.get("t"));
                assertTrue(text.contains("(" + shown(step.get(gate).get("z").get(0)) + ")"), gate + step.get("t"));
            }
            assertTrue(text.contains("≈" + shown(step.get("c").get(0))), "C" + step.get("t"));
            assertTrue(text.contains("≈" + shown(step.get("h").get(0))), "h" + step.get("t"));
            assertTrue(text.contains("tanh(" + shown(step.get("c").get(0)) + ")"), "tanh C" + step.get("t"));
        }
        assertTrue(text.contains("C2=f2⊙C1+i2⊙C̃2=0.475×0.000+0.574×0.100=0.0574≈0.057"), "C₂ worked out");
    }

    /**
     * Every gate's expansion for the two-unit example, rebuilt here from the trace and the example's weights, appears
     * whole in the handout's text, and no glyph lies outside a page: long formulas wrap, they are not clipped.
     */
    @Test
    void longFormulasWrapAndAreNeverClipped() throws IOException {
        JsonNode example = JSON.readTree(Path.of("content/examples/keys.json").toFile());
        JsonNode steps = JSON.readTree(site.resolve("en/keys/agreement/trace.json").toFile()).get("steps");
        for (String lang : List.of("en", "zh")) {
            PdfText pdf = PdfText.of(pdf(lang, "keys", "agreement", "handout"));
            assertEquals(List.of(), pdf.outside(), lang);
            String text = pdf.compact();
            int checked = 0;
            for (JsonNode step : steps) {
                for (String gate : GATES) {
                    for (int unit = 0; unit < 2; unit++) {
                        String expansion = expansion(example.get("weights").get(gate), unit, step.get("concat"),
                                step.get("t").asInt() == 0);
                        assertTrue(text.contains(expansion), lang + " t=" + step.get("t") + " " + gate + ": " + expansion);
                        checked++;
                    }
                }
            }
            assertEquals(9 * 4 * 2, checked);
        }
    }

    /**
     * "(0.5×0.000+0×(−0.032)+…+0.5)": W's row times [h; x], then b, as a reader writes it. The previous hidden state
     * shows 3 decimals, except the initial state, which is given, like the weights and features.
     */
    private static String expansion(JsonNode weights, int unit, JsonNode concat, boolean initial) {
        StringBuilder out = new StringBuilder("(");
        JsonNode row = weights.get("W").get(unit);
        for (int k = 0; k < row.size(); k++) {
            String value = k < 2 && !initial ? shown(concat.get(k)) : plain(concat.get(k));
            out.append(k == 0 ? "" : "+").append(factor(plain(row.get(k)))).append('×').append(factor(value));
        }
        String b = plain(weights.get("b").get(unit));
        return out.append('+').append(factor(b)).append(')').toString();
    }

    private static String plain(JsonNode n) {
        BigDecimal v = n.decimalValue().stripTrailingZeros();
        return (v.signum() == 0 ? "0" : v.toPlainString()).replace('-', '−');
    }

    private static String factor(String number) {
        return number.startsWith("−") ? "(" + number + ")" : number;
    }

    @Test
    void theExerciseSheetLeavesBlankWhatTheAnswerKeyFillsIn() {
        for (String lang : List.of("en", "zh")) {
            String exercises = PdfText.of(pdf(lang, "alice", "alice", "exercises")).compact();
            String answers = PdfText.of(pdf(lang, "alice", "alice", "answers")).compact();
            Matcher filled = Pattern.compile("[=≈]\\((\\d+)\\)(−?\\d+\\.\\d{3})").matcher(answers);
            List<Integer> numbers = new ArrayList<>();
            while (filled.find()) {
                int n = Integer.parseInt(filled.group(1));
                numbers.add(n);
                assertTrue(exercises.contains("(" + n + ")"), "blank " + n);
                assertFalse(exercises.contains("(" + n + ")" + filled.group(2)), "answer " + n + " leaked");
            }
            // 4 steps after the worked first one, each with 4 gates, the memory and the hidden state
            assertEquals(4 * 6, numbers.size(), lang);
            for (int n = 0; n < numbers.size(); n++) {
                assertEquals(n + 1, numbers.get(n), "blanks are numbered in order");
            }
            assertFalse(exercises.contains("What changed") || exercises.contains("这一步的变化"), "no readings");
        }
        String handout = PdfText.of(pdf("en", "alice", "alice", "handout")).compact();
        assertFalse(handout.contains("≈(1)"), "the handout has no blanks");
    }

    @Test
    void chinesePdfsHoldChineseTextAndNoMissingGlyphs() throws IOException {
        for (Path file : Trees.files(site, ".pdf")) {
            String text = PdfText.of(file).text();
            assertFalse(text.contains("#"), file + " has a missing glyph");
            assertFalse(text.contains("\ufffd"), file + " has an unmapped glyph");
            if (file.toString().contains("-zh-")) {
                assertTrue(text.contains("遗忘门") && text.contains("新的记忆"), file.toString());
            }
            try (PDDocument document = Loader.loadPDF(file.toFile())) {
                for (int p = 0; p < document.getNumberOfPages(); p++) {
                    for (var name : document.getPage(p).getResources().getFontNames()) {
                        PDFont font = document.getPage(p).getResources().getFont(name);
                        assertTrue(font.isEmbedded(), file + ": " + font.getName() + " is not embedded");
                    }
                }
            }
        }
    }

    @Test
    void pdfsAreTaggedWithLanguageTitleAndAnOutlineOfTheSteps() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf("zh", "alice", "alice", "handout").toFile())) {
            assertEquals("zh", document.getDocumentCatalog().getLanguage());
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked(), "tagged");
            assertTrue(document.getDocumentCatalog().getStructureTreeRoot() != null);
            assertTrue(document.getDocumentInformation().getTitle().contains("讲义"));
            List<String> outline = new ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                outline.add(item.getTitle());
                item.children().forEach(child -> outline.add("  " + child.getTitle()));
            }
            assertTrue(outline.contains("逐步计算"), outline.toString());
            assertTrue(outline.contains("  第 2 步：“happy”"), outline.toString());
            assertEquals("A4", document.getPage(0).getMediaBox().getWidth() == 595.275f ? "A4"
                    : String.valueOf(document.getPage(0).getMediaBox().getWidth()));
        }
    }

    /** The pictures are tagged figures with alt text; the exercise sheet leaves out the diagrams (they show answers). */
    @Test
    void picturesAreFiguresWithAltText() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf("en", "alice", "alice", "handout").toFile())) {
            List<String> alts = new ArrayList<>();
            collectFigures(document.getDocumentCatalog().getStructureTreeRoot().getKids(), alts);
            assertEquals(5 + 2, alts.size(), "a cell diagram per step and two charts: " + alts);
            assertTrue(alts.stream().allMatch(a -> a != null && a.length() > 20), alts.toString());
            assertTrue(alts.get(2).contains("“happy”") && alts.get(2).contains("0.057"), alts.get(2));
        }
        String handout = PdfText.of(pdf("zh", "alice", "alice", "handout")).text();
        assertTrue(handout.contains("遗忘门"), "Chinese labels inside the pictures are text");
        try (PDDocument document = Loader.loadPDF(pdf("en", "alice", "alice", "exercises").toFile())) {
            List<String> alts = new ArrayList<>();
            collectFigures(document.getDocumentCatalog().getStructureTreeRoot().getKids(), alts);
            assertEquals(List.of(), alts);
        }
    }

    private static void collectFigures(List<Object> kids, List<String> alts) {
        for (Object kid : kids) {
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                if ("Figure".equals(e.getStructureType())) {
                    alts.add(e.getAlternateDescription());
                }
                collectFigures(e.getKids(), alts);
            }
        }
    }

    @Test
    void noPageHoldsOnlyAHeading() {
        for (Path file : Trees.files(site, ".pdf")) {
            List<String> pages = PdfText.pages(file);
            for (int page = 2; page <= pages.size(); page++) {
                List<String> lines = pages.get(page - 1).lines().map(String::strip)
                        .filter(line -> !line.isEmpty()).toList();
                // the running header first, the page number "n / N" last
                assertTrue(lines.size() > 2 && lines.get(lines.size() - 1).matches("\\d+ / \\d+"),
                        file + " page " + page + ": " + lines);
                List<String> body = lines.subList(1, lines.size() - 1);
                assertTrue(body.size() > 1, file.getFileName() + " page " + page + " holds only " + body);
            }
        }
    }

    /**
     * Every relation of a derivation sits in one column (the first line's after its left-hand side, the others at
     * the start of their lines), and no glyph is drawn over another: the boxes that lay a derivation out are sized by
     * an estimate of the left-hand side's width, which must never fall short.
     */
    @Test
    void derivationsLineUpAndNoTextOverlaps() {
        long relations = 0;
        for (Path file : Trees.files(site, ".pdf")) {
            PdfLines lines = PdfLines.of(file);
            assertEquals(List.of(), lines.misalignedRelations(), file.getFileName().toString());
            assertEquals(List.of(), lines.overlaps(), file.getFileName().toString());
            relations += lines.relationLines();
        }
        assertTrue(relations > 1000, "relation lines seen: " + relations);
    }

    /** A sentence that leads into a formula or picture ("How much of the old memory survives:") is not left behind. */
    @Test
    void noPageEndsWithALeadIn() {
        List<String> found = new ArrayList<>();
        for (Path file : Trees.files(site, ".pdf")) {
            List<String> pages = PdfText.pages(file);
            for (int page = 1; page < pages.size(); page++) {
                List<String> lines = pages.get(page - 1).lines().map(String::strip)
                        .filter(line -> !line.isEmpty()).toList();
                String last = lines.get(lines.size() - 2); // before the page number
                if (last.endsWith(":") || last.endsWith("：")) {
                    found.add(file.getFileName() + " page " + page + ": " + last);
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void identicalInputGivesByteIdenticalPdfs() {
        Path again = ShippedBuild.again();
        for (Path file : Trees.files(site, ".pdf")) {
            assertEquals(Trees.hash(file.getParent()), Trees.hash(again.resolve(site.relativize(file)).getParent()),
                    file.toString());
        }
    }
}
