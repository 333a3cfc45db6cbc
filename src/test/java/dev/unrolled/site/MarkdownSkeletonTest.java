package dev.unrolled.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pieces that differ only in their numbers and quoted words share one flexmark rendering, and what comes out is
 * exactly what flexmark makes of each piece: checked against flexmark itself on documents of sentences with values
 * in every position where a value could mean more than itself (list markers, emphasis, links, entities, headings,
 * tables, code, raw HTML, autolinks).
 */
class MarkdownSkeletonTest {
    private static final MarkdownRenderer SHARED = new MarkdownRenderer();

    @Test
    void aReadingKeepsItsWordsAndTakesOutItsValues() {
        MarkdownSkeleton english = MarkdownSkeleton.of("<figure><!--unrolled-k:4--></figure>\n\n**What changed.** At"
                + " “ran” the memory faded from 0.815 to 0.463\n(−0.352). It kept 33% (about 0.265) and\n(\\+0.166).\n\n");
        assertEquals("<figure><!--unrolled-k:4--></figure>\n\n**What changed.** At “\ue0020\ue003” the memory faded"
                + " from \ue0021\ue003 to \ue0022\ue003\n(\ue0023\ue003). It kept \ue0024\ue003% (about \ue0025\ue003)"
                + " and\n(\\+\ue0026\ue003).\n\n", english.text());
        assertEquals(List.of("ran", "0.815", "0.463", "−0.352", "33", "0.265", "0.166"), english.values());
        MarkdownSkeleton chinese = MarkdownSkeleton.of("<b>读到</b>“猫”时，记忆从 0.815 减弱到\n0.463（−0.352）。\n");
        assertEquals(List.of("猫", "0.815", "0.463", "−0.352"), chinese.values());
        assertEquals(List.of("Step", "2"), MarkdownSkeleton.of("Step 2.\n").values(), "after a word, no list marker");
        assertEquals(List.of("to", "−0.040", "0.561"), MarkdownSkeleton.of("to\n−0.040.\n0.561.\n").values(),
                "no list marker has a sign or a decimal point");
        MarkdownSkeleton plain = MarkdownSkeleton.of("> **Alice is happy.** — 3 words, C\ue000k:1\ue001 is 0.\n");
        assertEquals("> **\ue0020\ue003 \ue0021\ue003 \ue0022\ue003.** — \ue0023\ue003 \ue0024\ue003, "
                + "\ue0025\ue003\ue000k:1\ue001 \ue0026\ue003 \ue0027\ue003.\n", plain.text(),
                "without HTML every run of letters goes, and a formula's marker stays");
    }

    /** Each case: a piece, "@", and a value in it that must stay. */
    @ParameterizedTest
    @ValueSource(strings = {"1. a list item@1", "2) another@2", "- 3. nested@3", "> 4) quoted@4", "## Step 2@2",
        "## Step 2@Step", "See [0.5](page.html)@0.5", "See [0.5](page.html)@See", "An entity &#48; 0.5@0.5",
        "| 0.5 | 1 |@0.5", "Attributes 0.5 {.x}@0.5", "Title 0.5\n---@0.5", "h2 and x1.5 and 1.5x and 1e5@1.5",
        "<b>“a word.” “two words” “x_y”</b>@word", "<b>“a word.” “two words” “x_y”</b>@two",
        "<b>“a word.” “two words” “x_y”</b>@x", "*0.5* _0.5_ `0.5`@0.5", "1.\n@1", "12)\nx@12", "3)@3",
        "<span title=\"x\">a</span>@a", "<span\ntitle=\"x\">a</span>@title", "```\nx\n```@x"})
    void valuesThatCouldMeanMoreStay(String testCase) {
        String piece = testCase.substring(0, testCase.lastIndexOf('@')).replace("\\n", "\n");
        String value = testCase.substring(testCase.lastIndexOf('@') + 1);
        assertFalse(MarkdownSkeleton.of(piece).values().contains(value), piece);
    }

    @Test
    void aMarkerThatDoesNotComeBackIntactIsRefused() {
        MarkdownSkeleton skeleton = MarkdownSkeleton.of("<b>From</b> 0.5 to 0.7.\n");
        assertEquals(List.of("0.5", "0.7"), skeleton.values());
        assertEquals("<p><b>From</b> 0.5 to 0.7.</p>\n",
                skeleton.fill("<p><b>From</b> \ue0020\ue003 to \ue0021\ue003.</p>\n"));
        assertNull(skeleton.fill("<p>From \ue0020\ue003 to %EE%80%821%EE%80%83.</p>\n"), "re-encoded");
        assertNull(skeleton.fill("<p>From \ue0020\ue003 to \ue0020\ue003.</p>\n"), "repeated");
        assertNull(skeleton.fill("<p id=\"\ue0021\ue003\">From \ue0020\ue003 to \ue0021\ue003.</p>\n"), "twice");
        assertNull(skeleton.fill("<p>From \ue0020\ue003 to \ue002x\ue003.</p>\n"), "changed");
        String autolink = "A link <https://example.org/“ran”> and 0.5.\n\nMore.\n";
        assertEquals(new MarkdownRenderer().renderWhole(autolink), new MarkdownRenderer().toHtml(autolink));
    }

    @Test
    void piecesThatDifferInTheirValuesShareOneRun() {
        MarkdownRenderer renderer = new MarkdownRenderer();
        String first = "# Run {#run}\n\nAt “cat” it grew from 0.5 to 0.7 (\\+0.2).\n\n- **Forget**: 0.25\n";
        String second = "# Run {#run}\n\nAt “mat” it grew from 0.1 to 0.95 (\\+0.85).\n\n- **Forget**: 0.75\n";
        assertEquals(renderer.renderWhole(first), renderer.toHtml(first));
        long runs = renderer.runs();
        assertEquals(renderer.renderWhole(second), renderer.toHtml(second));
        assertEquals(runs + 1, renderer.runs(), "the second document needed flexmark only for the check above");
    }

    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> numbers = Arbitraries.of("0.815", "−0.352", "1", "2", "10", "0", "3.25", "1.2.3",
                "12345678", "−1", "100");
        Arbitrary<String> words = Arbitraries.of("ran", "Alice", "猫", "é", "x_y", "a*b", "two words", "", "http",
                "div", "span", "b", "script", "pre", "mailto", "ﬁ", "𝑥", "x2", "A", "www");
        Arbitrary<String> templates = Arbitraries.of(
                "At “W” the memory grew from N to N\n(N). The forget gate kept N% of it (about N).",
                "读到“W”时，记忆从 N 增长到\nN（N）。遗忘门保留了 N，输入门写入了\nN。",
                "N. starts a line", "N) starts a line", "- N. in an item", "> N) quoted", "  N. indented",
                "    N indented code", "Text\nN. after a line", "Text\nN) after a line", "Text\nN\nafter a line",
                "**N** strong and **“W”**", "*N* and _N_ and a*N*b", "x**N**y and **N**.", "* N *",
                "See [N](N) and [“W”](page-N.html)", "![“W”](pic-N.svg)", "<https://example.org/“W”/N> autolink",
                "<a title=\"N “W”\">x</a> N", "&#N; entity N", "`N` code and `“W”`", "## Heading N “W”",
                "Heading N\n---", "N | N\n---|---\nN | N", "Attr N {.c}", "Escaped \\+N and \\N.", "（N）、N。“W”",
                "<div>N “W”</div>", "<!--unrolled-k:N-->", "N% and N\\", "a N\\\nb", "N  \nnext",
                "“W” at the start", "“W” “W”", "N N N", "(N) (N.) (N.N)", "- item N\n- item N.\n\n  N. more",
                "1. first N\n2. second N", "N.\n", "Line\n    N. deep", "> Line\n> N. quoted",
                "Text ending in N.", "## Heading N “W”\nText N “W”.", "## Gates {#g-N}\n- **Forget**: N “W”",
                "Para N “W”\n{.c N}", "- item N {.c}\n- item N “W”", "# N. heading\nN. list",
                "<span\ntitle=\"W N\">W</span> W", "Text W and <b>W</b> N", "<https://W.org/N> W", "<W@example.org> W",
                "W@example.org W", "_W_ and *W* and W_W_W", "**W**W and W**W** and W*N*", "\\W \\*W* \\_W_",
                "```W\ncode W\n```", "~~~\nW\n~~~", "    W indented code", "`W` and ``W``", "W\n===", "W: N",
                "W\nW", "W  \nW", "***W***", "**“W”**W", "W’s and W'W", "<W>", "</W>", "<W N>", "W <!-- W --> W",
                "<div>\nW\n</div>", "x C\ue000k:N\ue001 W C\ue000k:W\ue001");
        Arbitrary<String> filled = Combinators.combine(templates, numbers.list().ofSize(9),
                words.list().ofSize(4)).as((template, n, w) -> {
                    StringBuilder out = new StringBuilder();
                    int ni = 0;
                    int wi = 0;
                    for (char c : template.toCharArray()) {
                        if (c == 'N') {
                            out.append(n.get(ni++ % n.size()));
                        } else if (c == 'W') {
                            out.append(w.get(wi++ % w.size()));
                        } else {
                            out.append(c);
                        }
                    }
                    return out.toString();
                });
        return filled.list().ofMinSize(2).ofMaxSize(6).map(blocks -> String.join("\n\n", blocks) + "\n");
    }

    @Property(tries = 3000)
    void whatComesOutIsWhatFlexmarkMakesOfThePiece(@ForAll("documents") String markdown) {
        assertEquals(new MarkdownRenderer().renderWhole(markdown), SHARED.toHtml(markdown), markdown);
    }
}
