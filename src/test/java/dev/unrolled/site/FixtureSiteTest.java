package dev.unrolled.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unrolled.testing.Cli;
import dev.unrolled.testing.FixtureProject;
import dev.unrolled.testing.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tiny fixture project (one unit, one feature, three words, 2 decimals) built end to end. Its numbers were worked
 * by hand (see {@link #everyLineMatchesTheHandWorkedValues}); the golden files pin the whole pages, and were
 * checked against those values when they were written. Regenerate them with -Dunrolled.updateGolden=true and
 * review the diff.
 */
class FixtureSiteTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    Path temp;
    FixtureProject project;

    @BeforeEach
    void setUp() {
        project = FixtureProject.tiny(temp);
    }

    @Test
    void pagesMatchTheirGoldenFiles() throws IOException {
        Cli.Result result = project.build();
        assertEquals(0, result.code(), result.toString());
        golden("tiny-go-stop.html", project.site().resolve("en/tiny/go-stop/index.html"));
        golden("tiny-go-stop.md", project.site().resolve("en/tiny/go-stop/tiny-go-stop.md"));
        golden("tiny-index.html", project.site().resolve("en/index.html"));
    }

    private static void golden(String name, Path actual) throws IOException {
        String text = Files.readString(actual, StandardCharsets.UTF_8);
        Path expected = GOLDEN.resolve(name);
        if (Boolean.getBoolean("unrolled.updateGolden")) {
            Files.writeString(expected, text, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), text, name);
    }

    /**
     * Worked by hand, rounding to 2 places half away from zero. t = 2 ("stop", x = 0, h₁ = 0.53, C₁ = 0.91):
     * z_f = 0.5×0.53 = 0.265 → 0.27 (a half rounds away from zero); σ(0.27) = 0.567 → 0.57;
     * z_o = 0 so o = σ(0) = 0.5 exactly; C₂ = 0.57×0.91 + 0.22×0.65 = 0.5187 + 0.143 = 0.6617 → 0.66;
     * h₂ = 0.50×0.58 = 0.29 exactly.
     */
    @Test
    void everyLineMatchesTheHandWorkedValues() throws IOException {
        assertEquals(0, project.build().code());
        Document doc = Jsoup.parse(project.site().resolve("en/tiny/go-stop/index.html").toFile(), "UTF-8");
        List<String> blocks = doc.select("div.formula").eachText().stream()
                .map(s -> s.replaceAll("\\s+", "").replace("\u2061", "")).toList();
        assertTrue(blocks.contains("Ct=ft⊙Ct−1+it⊙C˜t"), blocks.get(0));
        assertTrue(blocks.contains("f0=σ(Wf⋅[h−1;x0]+bf)=σ(0.5×0+1×1+0)=σ(1.00)≈0.73"), String.join("\n", blocks));
        assertTrue(blocks.contains("C0=f0⊙C−1+i0⊙C˜0=0.73×0+0.73×0.64=0.4672≈0.47"));
        assertTrue(blocks.contains("h0=o0⊙tanh(C0)=0.73×tanh(0.47)≈0.73×0.44=0.3212≈0.32"));
        assertTrue(blocks.contains("f1=σ(Wf⋅[h0;x1]+bf)=σ(0.5×0.32+1×1+0)=σ(1.16)≈0.76"));
        assertTrue(blocks.contains("C1=f1⊙C0+i1⊙C˜1=0.76×0.47+0.70×0.79=0.9102≈0.91"));
        assertTrue(blocks.contains("f2=σ(Wf⋅[h1;x2]+bf)=σ(0.5×0.53+1×0+0)=σ(0.265)≈σ(0.27)≈0.57"));
        assertTrue(blocks.contains("C2=f2⊙C1+i2⊙C˜2=0.57×0.91+0.22×0.65=0.6617≈0.66"));
        assertTrue(blocks.contains("h2=o2⊙tanh(C2)=0.50×tanh(0.66)≈0.50×0.58=0.29"), "σ(0) and 0.50×0.58 are exact");
    }

    @Test
    void aFailedBuildLeavesTheSiteUntouched() {
        assertEquals(0, project.build().code());
        String before = Trees.hash(project.site());
        project.write("content/examples/tiny.json", project.read("content/examples/tiny.json")
                .replace("\"b\": [0.25]", "\"b\": [0.25, 1]"));
        Cli.Result result = project.build();
        assertEquals(2, result.code(), result.toString());
        assertEquals(project.shown("content/examples/tiny.json") + ":10:41: $.weights.candidate.b: expected 1 number "
                + "(one per hidden unit, hiddenSize 1), found 2\n", result.err());
        assertEquals(before, Trees.hash(project.site()));
        assertNoLeftovers();
    }

    @Test
    void aTemplateErrorNamesTheTemplateLineAndColumn() {
        assertEquals(0, project.build().code());
        String before = Trees.hash(project.site());
        String article = project.read("content/en/article.md");
        project.write("content/en/article.md", "# Title\n\nSome text ${nope} here.\n");
        Cli.Result missing = project.build();
        assertEquals(2, missing.code());
        assertEquals(project.shown("content/en/article.md") + ":3:13: The following has evaluated to null or "
                + "missing: ==> nope\n", missing.err());
        project.write("content/en/article.md", article);
        project.write("templates/article.ftlh", "<#if true>\nunclosed\n");
        Cli.Result unclosed = project.build();
        assertEquals(2, unclosed.code());
        assertEquals(project.shown("templates/article.ftlh") + ":2:9: Unexpected end of file reached. You have an "
                + "unclosed #if. Check if the FreeMarker end-tags are present, and aren't malformed. (Note that "
                + "FreeMarker end-tags must have # or @ after the / character.)\n", unclosed.err());
        assertEquals(before, Trees.hash(project.site()));
        assertFalse(unclosed.err().contains("Exception"), unclosed.err());
    }

    /** Markup, template syntax and links in example data show literally on every page and in the export. */
    @Test
    void textFromTheExampleIsEscapedEverywhere() throws IOException {
        String sentence = "<script>alert(1)</script> ${x} <b>bold</b> [a](javascript:alert(1)) "
                + "![i](file:///etc/passwd) &amp; <#assign y=1> `code` *em* | 1. go";
        StringBuilder vocabulary = new StringBuilder();
        for (String token : new java.util.LinkedHashSet<>(dev.unrolled.example.Tokenizer.tokens(sentence))) {
            vocabulary.append(vocabulary.length() == 0 ? "" : ", ").append(JSON.writeValueAsString(token))
                    .append(": [1]");
        }
        String example = project.read("content/examples/tiny.json")
                .replace("\"A tiny example\"", "\"<i>Title</i> ${title}\"")
                .replace("[\"on\"]", "[\"<img src=x onerror=alert(1)>\"]")
                .replaceAll("\"vocabulary\": \\{.*},", "\"vocabulary\": {" + java.util.regex.Matcher.quoteReplacement(
                        vocabulary.toString()) + "},")
                .replace("\"go? go, stop.\"", JSON.writeValueAsString(sentence));
        project.write("content/examples/tiny.json", example);
        Cli.Result result = project.build();
        assertEquals(0, result.code(), result.toString());

        for (String page : List.of("en/tiny/go-stop/index.html", "en/index.html")) {
            Document doc = Jsoup.parse(project.site().resolve(page).toFile(), "UTF-8");
            assertTrue(doc.select("script, img, main b, main i, a[href^=javascript], a[href^=file]").isEmpty(),
                    page + ": " + doc.select("script, img, main b, main i, a[href^=javascript]"));
            assertTrue(doc.text().contains(sentence.replace("  ", " ")), page + ": " + doc.text());
        }
        Document article = Jsoup.parse(project.site().resolve("en/tiny/go-stop/index.html").toFile(), "UTF-8");
        assertTrue(article.title().startsWith("<i>Title</i> ${title}"), article.title());
        assertTrue(article.text().contains("<img src=x onerror=alert(1)>"), "feature name shown literally");

        String markdown = Files.readString(project.site().resolve("en/tiny/go-stop/tiny-go-stop.md"));
        Document rendered = Jsoup.parse(new MarkdownRenderer().toHtml(markdown));
        assertTrue(rendered.select("script, b, i, a, img:not([src~=^tiny-go-stop-step-[0-9]+\\.svg$])").isEmpty(),
                rendered.body().html());
        assertEquals(dev.unrolled.example.Tokenizer.tokens(sentence).size(), rendered.select("img").size(),
                "only the cell diagrams, one per word, are images");
        assertTrue(rendered.text().contains(sentence), rendered.text());
        assertFalse(markdown.contains("<script>"), "raw markup never reaches the export");
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private void assertNoLeftovers() {
        try (var siblings = Files.list(project.dir())) {
            assertEquals(List.of(), siblings.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site"))
                    .filter(n -> !n.equals(".site.inputs")).toList()); // the input stamp is no leftover
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
