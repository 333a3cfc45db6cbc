package dev.unrolled.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unrolled.testing.Cli;
import dev.unrolled.testing.HtmlChecker;
import dev.unrolled.testing.Katex;
import dev.unrolled.testing.ShippedBuild;
import dev.unrolled.testing.Trees;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/** The shipped content built as a user would build it, then read like a reader, a browser and a validator would. */
class ShippedSiteTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] GATES = {"forget", "input", "candidate", "output"};

    static Path site;

    @BeforeAll
    static void build() {
        site = ShippedBuild.site();
    }

    private static Document page(String relative) throws IOException {
        Path file = site.resolve(relative);
        return Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
    }

    private static JsonNode trace(String lang, String example, String sentence) throws IOException {
        return JSON.readTree(site.resolve(lang + "/" + example + "/" + sentence + "/trace.json").toFile());
    }

    /** A hand-mode trace number as the page prints it: fixed decimals, U+2212 for minus. */
    private static String shown(JsonNode number, int decimals) {
        return number.decimalValue().setScale(decimals, RoundingMode.HALF_UP).toPlainString().replace('-', '−');
    }

    @Test
    void everyExampleSentenceAndLanguageHasItsPagesAndExports() throws IOException {
        for (Path example : Trees.files(Path.of("content/examples"), ".json")) {
            JsonNode json = JSON.readTree(example.toFile());
            for (JsonNode sentence : json.get("sentences")) {
                for (String lang : List.of("en", "zh")) {
                    String folder = lang + "/" + json.get("id").asText() + "/" + sentence.get("id").asText() + "/";
                    String stem = json.get("id").asText() + "-" + sentence.get("id").asText();
                    for (String file : List.of("index.html", stem + ".md", "trace.json")) {
                        assertTrue(Files.isRegularFile(site.resolve(folder + file)), folder + file);
                    }
                }
            }
        }
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
        assertTrue(Files.isRegularFile(site.resolve("assets/fonts/DejaVuMathTeXGyre.ttf")));
    }

    /** Each derivation on the alice page ends with the value the trace holds, in both languages. */
    @Test
    void everyResultOnTheAlicePageEqualsTheTrace() throws IOException {
        for (String lang : List.of("en", "zh")) {
            Document doc = page(lang + "/alice/alice/index.html");
            JsonNode steps = trace(lang, "alice", "alice").get("steps");
            for (JsonNode step : steps) {
                int t = step.get("t").asInt();
                for (String gate : GATES) {
                    List<String> rows = rows(formulaAfter(doc, "step-" + t + "-" + gate));
                    assertEquals(shown(step.get(gate).get("value").get(0), 3), lastNumber(rows), gate + " t=" + t);
                    assertTrue(rows.stream().anyMatch(r -> r.contains("(" + shown(step.get(gate).get("z").get(0), 3)
                            + ")")), gate + " z at t=" + t + ": " + rows);
                }
                List<String> cell = rows(formulaAfter(doc, "step-" + t + "-cell"));
                assertEquals(shown(step.get("c").get(0), 3), lastNumber(cell), "C t=" + t);
                List<String> hidden = rows(formulaAfter(doc, "step-" + t + "-hidden"));
                assertEquals(shown(step.get("h").get(0), 3), lastNumber(hidden), "h t=" + t);
                assertTrue(hidden.stream().anyMatch(r -> r.contains("tanh(" + shown(step.get("c").get(0), 3) + ")")));
            }
        }
    }

    /** The hand-typed original printed C₂ ≈ 0.012 and h₂ ≈ 0.005; the correct values are 0.057 and 0.026. */
    @Test
    void theThirdWordShowsTheCorrectStates() throws IOException {
        Document doc = page("en/alice/alice/index.html");
        List<String> cell = rows(formulaAfter(doc, "step-2-cell"));
        assertEquals("≈0.057", cell.get(cell.size() - 1));
        List<String> hidden = rows(formulaAfter(doc, "step-2-hidden"));
        assertEquals("≈0.026", hidden.get(hidden.size() - 1));
        assertFalse(doc.text().contains("0.012"));
    }

    @Test
    void theSummaryTableMatchesTheTrace() throws IOException {
        Document doc = page("en/alice/alice/index.html");
        JsonNode steps = trace("en", "alice", "alice").get("steps");
        Element table = doc.getElementById("summary").nextElementSiblings().select("table").first();
        List<Element> rows = table.select("tbody tr");
        assertEquals(steps.size(), rows.size());
        for (int t = 0; t < rows.size(); t++) {
            List<String> cells = rows.get(t).select("td").eachText();
            JsonNode step = steps.get(t);
            assertEquals(List.of(String.valueOf(t), step.get("token").asText(),
                    shown(step.get("forget").get("value").get(0), 3), shown(step.get("input").get("value").get(0), 3),
                    shown(step.get("candidate").get("value").get(0), 3),
                    shown(step.get("output").get("value").get(0), 3), shown(step.get("c").get(0), 3),
                    shown(step.get("h").get(0), 3)), cells);
        }
    }

    /** The page's drift figure, recomputed here from the hand trace and an exact run of the same sentence. */
    @Test
    void handModePagesReportTheirLargestDifferenceFromExactArithmetic() throws IOException {
        JsonNode hand = trace("en", "alice", "alice");
        Cli.Result exactRun = Cli.run("trace", "content/examples/alice.json", "--mode", "exact");
        JsonNode exact = JSON.readTree(exactRun.out());
        BigDecimal largest = BigDecimal.ZERO;
        for (int t = 0; t < hand.get("steps").size(); t++) {
            for (String field : List.of("c", "tanhC", "h")) {
                largest = largest.max(diff(hand.get("steps").get(t).get(field), exact.get("steps").get(t).get(field)));
            }
            for (String gate : GATES) {
                for (String part : List.of("z", "value")) {
                    largest = largest.max(diff(hand.get("steps").get(t).get(gate).get(part),
                            exact.get("steps").get(t).get(gate).get(part)));
                }
            }
        }
        String expected = largest.round(new MathContext(2)).stripTrailingZeros().toPlainString();
        String text = page("en/alice/alice/index.html").getElementById("arithmetic").nextElementSiblings().text();
        assertTrue(text.contains("rounded to 3 decimal places"), text);
        assertTrue(text.contains("largest difference") && text.contains(" " + expected + ","), expected + " in " + text);
    }

    private static BigDecimal diff(JsonNode a, JsonNode b) {
        return a.get(0).decimalValue().subtract(new BigDecimal(b.get(0).doubleValue())).abs();
    }

    @Test
    void theTwoUnitExampleWritesOutEveryRow() throws IOException {
        Document doc = page("en/keys/agreement/index.html");
        JsonNode step = trace("en", "keys", "agreement").get("steps").get(1);
        List<Element> blocks = formulasAfter(doc, "step-1-forget");
        assertEquals(2, blocks.size(), "one derivation per hidden unit");
        for (int j = 0; j < 2; j++) {
            List<String> rows = rows(blocks.get(j));
            assertTrue(rows.get(0).contains("f1[" + (j + 1) + "]") && rows.get(0).contains("Wf[" + (j + 1) + "]"),
                    rows.get(0));
            assertEquals(shown(step.get("forget").get("value").get(j), 3), lastNumber(rows));
            assertEquals(7, rows.get(1).split("×").length, "six products written out: " + rows.get(1));
        }
    }

    @Test
    void markdownExportsAreStrictKatexLatexAndAgreeWithTheTrace() throws IOException {
        Pattern display = Pattern.compile("\\$\\$\\n(.*?)\\n\\$\\$", Pattern.DOTALL);
        Pattern inline = Pattern.compile("(?<!\\$)\\$([^$\\n]+)\\$(?!\\$)");
        int checked = 0;
        try (Katex katex = new Katex()) {
            for (Path md : Trees.files(site, ".md")) {
                String text = Files.readString(md, StandardCharsets.UTF_8);
                Matcher blocks = display.matcher(text);
                while (blocks.find()) {
                    String latex = blocks.group(1);
                    assertTrue(latex.chars().allMatch(c -> c < 128), "ASCII only inside math: " + latex);
                    assertEquals(java.util.Optional.empty(), katex.check(latex, true), md + ": " + latex);
                    checked++;
                }
                Matcher spans = inline.matcher(display.matcher(text).replaceAll(""));
                while (spans.find()) {
                    assertTrue(spans.group(1).chars().allMatch(c -> c < 128), spans.group(1));
                    assertEquals(java.util.Optional.empty(), katex.check(spans.group(1), false), md + ": " + spans.group(1));
                    checked++;
                }
            }
        }
        assertTrue(checked > 400, "formulas checked: " + checked);
        String alice = Files.readString(site.resolve("en/alice/alice/alice-alice.md"));
        assertTrue(alice.contains("C_{2} &= f_{2} \\odot C_{1} + i_{2} \\odot \\tilde{C}_{2} \\\\\n"
                + "&= 0.475 \\times 0.000 + 0.574 \\times 0.100 \\\\\n&= 0.0574 \\\\\n&\\approx 0.057"), "C2 in LaTeX");
        assertFalse(alice.contains("{#"), "heading ids are dropped from the export");
    }

    @Test
    void everyPageIsValidHtml5() throws IOException, SAXException {
        HtmlChecker checker = new HtmlChecker();
        List<String> messages = new ArrayList<>();
        for (Path html : Trees.files(site, ".html")) {
            messages.addAll(checker.check(html));
        }
        assertEquals(List.of(), messages);
    }

    @Test
    void pagesHaveLanguageTitleOrderedHeadingsAndUniqueIds() throws IOException {
        for (Path html : Trees.files(site, ".html")) {
            Document doc = Jsoup.parse(html.toFile(), "UTF-8");
            String relative = site.relativize(html).toString();
            String lang = relative.contains("/") ? relative.substring(0, relative.indexOf('/')) : "en";
            assertEquals(lang, doc.selectFirst("html").attr("lang"), relative);
            assertFalse(doc.title().isBlank(), relative);
            assertEquals(1, doc.select("h1").size(), relative);
            int previous = 1;
            for (Element heading : doc.select("main h1, main h2, main h3, main h4, main h5, main h6")) {
                int level = Integer.parseInt(heading.tagName().substring(1));
                assertTrue(level <= previous + 1, relative + ": " + heading.tagName() + " after h" + previous);
                previous = level;
            }
            Set<String> ids = new HashSet<>();
            for (Element e : doc.select("[id]")) {
                assertTrue(ids.add(e.id()), relative + ": duplicate id " + e.id());
            }
        }
    }

    /**
     * A symbol in a sentence stays in its sentence wherever the author wrapped the line: no inline formula and no
     * loose text sits directly in the article, outside a paragraph, list, table or heading.
     */
    @Test
    void inlineFormulasStayInsideTheirParagraphs() throws IOException {
        int checked = 0;
        for (Path html : Trees.files(site, ".html")) {
            Document doc = Jsoup.parse(html.toFile(), "UTF-8");
            for (Element article : doc.select("article.prose")) {
                checked++;
                assertEquals(List.of(), article.select("> math:not([display=block])").eachText(), html.toString());
                for (org.jsoup.nodes.TextNode text : article.textNodes()) {
                    assertTrue(text.isBlank(), html + ": loose text \"" + text.text() + "\"");
                }
            }
        }
        assertTrue(checked >= 4, "article pages checked: " + checked);
    }

    @Test
    void everyLocalLinkAndLanguageSwitchResolves() throws IOException {
        for (Path html : Trees.files(site, ".html")) {
            Document doc = Jsoup.parse(html.toFile(), "UTF-8");
            assertEquals(2, doc.select("nav.languages a, nav.languages span").size(), html.toString());
            for (Element link : doc.select("a[href], link[href]")) {
                String href = link.attr("href");
                assertFalse(href.startsWith("http:") || href.startsWith("https:") || href.startsWith("//"), href);
                String path = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
                Path target = path.isEmpty() ? html : html.getParent().resolve(path).normalize();
                assertTrue(target.startsWith(site) && Files.isRegularFile(target), html + " → " + href);
                if (href.contains("#")) {
                    String id = href.substring(href.indexOf('#') + 1);
                    assertTrue(Jsoup.parse(target.toFile(), "UTF-8").getElementById(id) != null, href);
                }
            }
        }
    }

    @Test
    void pagesNeedNoScriptAndNoOtherHost() throws IOException {
        for (Path html : Trees.files(site, ".html")) {
            Document doc = Jsoup.parse(html.toFile(), "UTF-8");
            assertTrue(doc.select("script").isEmpty(), html.toString());
            for (Element e : doc.select("[src]")) {
                assertFalse(e.attr("src").contains(":"), e.toString());
            }
        }
        String css = Files.readString(site.resolve("assets/style.css"));
        assertFalse(css.contains("http:") || css.contains("https:") || css.contains("@import"));
    }

    /** A cell diagram per step and the two charts, each an accessible image whose title names the step. */
    @Test
    void articlesShowACellDiagramPerStepAndTwoCharts() throws IOException {
        for (String lang : List.of("en", "zh")) {
            Document doc = page(lang + "/keys/agreement/index.html");
            int steps = trace(lang, "keys", "agreement").get("steps").size();
            List<Element> pictures = doc.select("figure.picture > svg");
            assertEquals(steps + 2, pictures.size(), lang);
            for (Element svg : pictures) {
                assertEquals("img", svg.attr("role"));
                for (String id : svg.attr("aria-labelledby").split(" ")) {
                    Element label = doc.getElementById(id);
                    assertTrue(label != null && !label.text().isBlank(), "accessible name " + id);
                }
            }
            assertTrue(doc.getElementById("cell-5-title").text().contains("“are”"), "step 5 is “are”");
            assertTrue(doc.getElementById("cell-5-desc").text().contains(
                    trace(lang, "keys", "agreement").get("steps").get(5).get("h").get(0).decimalValue()
                            .setScale(3, RoundingMode.HALF_UP).toPlainString()));
        }
        Document zh = page("zh/alice/alice/index.html");
        assertTrue(zh.select("figure.picture text").eachText().contains("遗忘门"), "labels follow the language");
        String markdown = Files.readString(site.resolve("en/alice/alice/alice-alice.md"));
        assertTrue(markdown.contains("](alice-alice-step-2.svg)") && markdown.contains("](alice-alice-gates.svg)"));
        assertTrue(Files.isRegularFile(site.resolve("en/alice/alice/alice-alice-step-2.svg")));
    }

    @Test
    void traceJsonIsTheTraceCommandsOutput() throws IOException {
        Cli.Result trace = Cli.run("trace", "content/examples/keys.json");
        assertEquals(trace.out(), Files.readString(site.resolve("zh/keys/agreement/trace.json")));
    }

    @Test
    void twoBuildsAreByteIdentical() {
        Path again = ShippedBuild.again();
        assertEquals(Trees.hash(site), Trees.hash(again));
    }

    /** The display formulas after a heading, up to the next heading. */
    static List<Element> formulasAfter(Document doc, String headingId) {
        Element heading = doc.getElementById(headingId);
        assertTrue(heading != null, "no heading #" + headingId);
        List<Element> formulas = new ArrayList<>();
        for (Element e = heading.nextElementSibling(); e != null && !e.tagName().matches("h[1-6]");
             e = e.nextElementSibling()) {
            if (e.hasClass("formula")) {
                formulas.add(e);
            }
        }
        return formulas;
    }

    static Element formulaAfter(Document doc, String headingId) {
        List<Element> formulas = formulasAfter(doc, headingId);
        assertFalse(formulas.isEmpty(), "no formula after #" + headingId);
        return formulas.get(0);
    }

    /** The text of each line of a derivation (lhs and relation included), without spaces. */
    static List<String> rows(Element formula) {
        return formula.select("mtr").eachText().stream().map(s -> s.replaceAll("\\s+", "").replace("\u2061", ""))
                .toList();
    }

    /** The number after the relation on the last line. */
    static String lastNumber(List<String> rows) {
        return rows.get(rows.size() - 1).substring(1);
    }
}
