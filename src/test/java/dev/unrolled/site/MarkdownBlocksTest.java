package dev.unrolled.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Rendering a document piece by piece, with pieces reused from other documents, gives exactly what flexmark gives
 * for the whole document at once: checked against flexmark itself on documents made of every kind of block, some of
 * which reach across blank lines (lists that go on, loose lists, fenced code, comments, reference definitions,
 * headings without ids), joined by one, two or three line breaks.
 */
class MarkdownBlocksTest {
    private static final MarkdownRenderer SHARED = new MarkdownRenderer();

    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> blocks = Arbitraries.of(
                "A paragraph with *emphasis*, **strong**, `code`, <b>html</b> and [a link](page.html).",
                "A paragraph\nover two lines \\\nwith a hard break.",
                "Before the first word C\ue000k:1\ue001 = 0 and h\ue000k:2\ue001 = 0.",
                "## Step 0: “go” {#step-0 .step}",
                "#### Forget gate {#step-0-forget}",
                "## A heading without an id",
                "## A heading without an id",
                "# Title",
                "## Other {#title}",
                "## Third {#a-heading-without-an-id}",
                "Setext heading\n==============",
                "<div class=\"formula\"><!--unrolled-k:3--></div>",
                "<figure class=\"picture\"><!--unrolled-k:4--></figure>",
                "<!--unrolled-k:5-->",
                "<!-- a comment\n\nthat goes on -->",
                "<pre>\nkept\n\nas is\n</pre>",
                "<div>\nan html block</div>",
                "- one\n- two",
                "- loose one",
                "1. first\n2. second",
                "3) third",
                "* star item",
                "+ plus item",
                "  indented continuation of an item",
                "    indented code",
                "\tcode after a tab",
                "> a quote\n> on two lines",
                "> another quote",
                "| t | word |\n|---:|:---|\n| 0 | go |",
                "| 1 | stop |",
                "```\nfenced\n\ncode\n```",
                "~~~\ntilde fence\n~~~",
                "[r]: https://example.org/",
                "See [the reference][r] and [r].",
                "{.note}",
                "***",
                "---",
                "Text with a trailing attribute {.x}",
                "\\# not a heading",
                "&copy; &#169; entities",
                "Line with trailing spaces   ",
                "中文段落，没有空格也照样分段。",
                "- ```\n  fenced in an item",
                "> ```\n> fenced in a quote",
                "- <!-- a comment opened in an item",
                "> <pre>\n> opened in a quote",
                "> ## A quoted heading",
                "- ## A heading in an item",
                "1. ## A heading in an item {#in-item}",
                "> Quoted setext\n> ===",
                "- Item setext\n  ---",
                "> [q]: https://example.org/q",
                "See [q] and ```three backticks``` inline.",
                "A paragraph with <!-- an inline comment --> closed.",
                "Text <!-- an inline comment\nclosed on the next line -->.",
                "<span>inline <b>html</b></span> in a paragraph",
                "\u000b",
                "\f",
                "a line\r## A heading without an id",
                "Setext after a bare carriage return\r====",
                "Windows line\r\nendings\r\n");
        Arbitrary<String> separators = Arbitraries.of("\n", "\n\n", "\n\n\n");
        return Arbitraries.lazy(() -> blocks.list().ofMinSize(1).ofMaxSize(12).flatMap(list ->
                separators.list().ofSize(list.size()).map(seps -> {
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < list.size(); i++) {
                        text.append(list.get(i)).append(seps.get(i));
                    }
                    return text.toString();
                })));
    }

    @Property(tries = 3000)
    void piecesRenderAsTheWholeDocumentDoes(@ForAll("documents") String markdown) {
        String whole = new MarkdownRenderer().renderWhole(markdown);
        assertEquals(whole, new MarkdownRenderer().toHtml(markdown), "on its own:\n" + markdown);
        assertEquals(whole, SHARED.toHtml(markdown), "with pieces rendered for earlier documents:\n" + markdown);
    }

    @Test
    void anArticleIsCutAtItsTopLevelBlocks() {
        String article = "# Title {#top}\n\nIntro with C\ue000k:1\ue001.\n\n- a\n\n- b\n\n  more of b\n\n"
                + "<div class=\"formula\"><!--unrolled-k:2--></div>\n\n### Step 0 {#step-0}\n\nText.\n";
        assertEquals(List.of("# Title {#top}\n\n", "Intro with C\ue000k:1\ue001.\n\n- a\n\n- b\n\n  more of b\n\n",
                "<div class=\"formula\"><!--unrolled-k:2--></div>\n\n", "### Step 0 {#step-0}\n\n", "Text.\n"),
                MarkdownBlocks.split(article));
        MarkdownRenderer renderer = new MarkdownRenderer();
        assertEquals(renderer.renderWhole(article), renderer.toHtml(article));
    }

    @Test
    void whatReachesAcrossTheDocumentKeepsItWhole() {
        for (String markdown : List.of("See [r].\n\nMore.\n\n[r]: https://example.org/\n",
"```\na\n\nb\n```\n\nText.\n", "<!-- open\n\nstill -->\n\nText.\n",
                "Title\n=====\n\nText.\n")) {
            assertEquals(List.of(markdown), MarkdownBlocks.split(markdown), markdown);
        }
        assertTrue(MarkdownBlocks.split("<!--unrolled-k:5-->\n\nText.\n").size() == 2,
                "a comment closed on its own line does not");
        assertEquals(List.of("# Same\n\nText.\n\n## Same\n\n", "More.\n"),
                MarkdownBlocks.split("# Same\n\nText.\n\n## Same\n\nMore.\n"),
                "headings with generated ids stay together in the first piece");
    }

    @Test
    void everyPieceButTheLastEndsWithABlankLine() {
        for (String markdown : List.of("# T {#t}\n\nA.\n\n\nB.\n  \nC.", "A.\r\n\r\nB.\n", "A.\n\nB.\n\n")) {
            List<String> pieces = MarkdownBlocks.split(markdown);
            assertTrue(pieces.size() > 1, markdown);
            for (String piece : pieces.subList(0, pieces.size() - 1)) {
                assertTrue(MarkdownBlocks.endsWithBlankLine(piece), piece);
            }
        }
        assertTrue(!MarkdownBlocks.endsWithBlankLine("A.") && !MarkdownBlocks.endsWithBlankLine("A.\n")
                && !MarkdownBlocks.endsWithBlankLine("A.\nB.\n") && MarkdownBlocks.endsWithBlankLine("A.\n \t\n"));
    }
}
