package dev.unrolled.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** Markup kept out of Markdown comes back where the author put it, as part of a sentence or as a block. */
class StashTest {
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    private String render(Stash stash, String prose) {
        return stash.restore(markdown.toHtml(prose));
    }

    @Test
    void anInlineFormulaAtTheStartOfALineStaysInItsParagraph() {
        Stash stash = new Stash();
        String prose = "The memory before the first word is\n" + stash.putInline("<math><mi>C</mi></math>")
                + " = 0, and\n" + stash.putInline("<math><mi>h</mi></math>") + " = 0 too.\n";
        assertEquals("<p>The memory before the first word is\n<math><mi>C</mi></math> = 0, and\n"
                + "<math><mi>h</mi></math> = 0 too.</p>\n", render(stash, prose));
    }

    @Test
    void anInlineFormulaInsideEmphasisOrAListItemKeepsItsPlace() {
        Stash stash = new Stash();
        String prose = "- *gate* " + stash.putInline("<i>f</i>") + "\n- " + stash.putInline("<i>i</i>") + " last\n";
        assertEquals("<ul>\n<li><em>gate</em> <i>f</i></li>\n<li><i>i</i> last</li>\n</ul>\n", render(stash, prose));
    }

    @Test
    void aBlockStandsBetweenParagraphsUnwrapped() {
        Stash stash = new Stash();
        String prose = "Before.\n\n" + stash.put("<div class=\"formula\">f = 1</div>") + "\n\nAfter.\n";
        assertEquals("<p>Before.</p>\n<div class=\"formula\">f = 1</div>\n<p>After.</p>\n", render(stash, prose));
    }

    @Test
    void blocksAndInlineMarkupMixInAnyOrderAndAreNotReadAsMarkdown() {
        Stash stash = new Stash();
        String inline = stash.putInline("<b>*not emphasis*</b>");
        String block = stash.put("<pre>_x_ &amp; y</pre>");
        String second = stash.putInline("<i>[not a link](x)</i>");
        String html = render(stash, "A " + inline + " and " + second + ".\n\n" + block + "\n");
        assertEquals("<p>A <b>*not emphasis*</b> and <i>[not a link](x)</i>.</p>\n<pre>_x_ &amp; y</pre>\n", html);
    }

    /** For print, punctuation that may not begin a line goes inside the formula's span before it. */
    @Test
    void forPrintPunctuationAfterAFormulaGoesInsideItsSpan() {
        String prose = "矩阵 %s、%s 和 %s。%s (x) %s,\n";
        Stash print = new Stash(true);
        String[] spans = {"<span class=\"math\"><i>W</i><sub>C</sub></span>", "<span class=\"math\">o</span>",
                "<span class=\"math\">h</span>", "<span class=\"math\">x</span>", "<i>y</i>"};
        Object[] markers = new Object[spans.length];
        for (int i = 0; i < spans.length; i++) {
            markers[i] = print.putInline(spans[i]);
        }
        assertEquals("<p>矩阵 <span class=\"math\"><i>W</i><sub>C</sub>、</span><span class=\"math\">o</span> 和 "
                + "<span class=\"math\">h。</span><span class=\"math\">x</span> (x) <i>y</i>,</p>\n",
                render(print, prose.formatted(markers)));
        Stash web = new Stash();
        for (int i = 0; i < spans.length; i++) {
            markers[i] = web.putInline(spans[i]);
        }
        assertEquals("<p>矩阵 " + spans[0] + "、" + spans[1] + " 和 " + spans[2] + "。" + spans[3] + " (x) " + spans[4]
                + ",</p>\n", render(web, prose.formatted(markers)));
    }

    @Test
    void forPrintLatinPunctuationAfterAFormulaGoesInsideItsSpanToo() {
        Stash print = new Stash(true);
        String h = print.putInline("<span class=\"math\">h</span>");
        String x = print.putInline("<span class=\"math\">x</span>");
        assertEquals("<p>Both <span class=\"math\">h,</span> and (<span class=\"math\">x).</span></p>\n",
                render(print, "Both " + h + ", and (" + x + ").\n"));
    }

    @Test
    void proseCannotImitateAMarker() {
        Stash stash = new Stash();
        stash.putInline("<script>secret</script>");
        String html = render(stash, "\ue000" + "0:0\ue001 and <!--unrolled-0:0-->\n");
        assertFalse(html.contains("secret"), html);
    }
}
