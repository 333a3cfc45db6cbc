package dev.unrolled.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MarkdownTextTest {
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    /** Whatever the text, escaped and rendered it reads exactly as written. */
    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "*em* _em_ **b**", "[a](javascript:x) ![i](file:///etc)",
            "# heading", "1. list", "2) list", "- item", "+ item", "> quote", "`code`", "a | b | c", "$x$ and $$y$$",
            "&amp; &lt;", "${x} <#if>", "{#id .class}", "~~del~~", "\\*not em\\*", "line\nbreak", "0.73 and 1.5.",
            "<!-- comment -->", "<https://example.org>", "a\\"})
    void escapedTextRendersLiterally(String text) {
        String html = markdown.toHtml("Text: " + MarkdownFormat.escape(text) + "\n\n" + MarkdownFormat.escape(text));
        var body = Jsoup.parse(html).body();
        assertEquals(2, body.children().size(), html);
        String literal = text.replace('\n', ' ');
        assertEquals("Text: " + literal, body.child(0).text());
        assertEquals(literal, body.child(1).text());
        assertEquals(0, body.select("script, img, a, em, strong, code, h1, ol, ul, blockquote, table").size(), html);
    }

    /** Any text at all, escaped, renders to exactly that text (line breaks become spaces) and no markup. */
    @net.jqwik.api.Property(tries = 1000)
    void anyEscapedTextRendersLiterally(@net.jqwik.api.ForAll String text) {
        String clean = text.replaceAll("[\\p{Cc}&&[^\\n\\t]]|[\\uD800-\\uDFFF]|\\u2028|\\u2029|\\u0085", "");
        var body = Jsoup.parse(markdown.toHtml("x " + MarkdownFormat.escape(clean) + " x")).body();
        assertEquals(0, body.select("script, img, a, em, strong, code, h1, h2, ol, ul, blockquote, table, hr")
                .size(), body.html());
        assertEquals(normal("x " + clean + " x"), normal(body.text()));
    }

    /** Text compared as a reader sees it: runs of any white space as one space, invisible format marks gone. */
    private static String normal(String text) {
        return text.replaceAll("\\p{Cf}", "").replaceAll("[\\s\\p{Z}]+", " ").strip();
    }

    @Test
    void numbersStayReadableInTheExport() {
        assertEquals("0.73 | −0.085", MarkdownFormat.escape("0.73 | −0.085").replace("\\|", "|"));
        assertEquals("1\\. go", MarkdownFormat.escape("1. go"));
        assertEquals("\\- 1", MarkdownFormat.escape("- 1"));
    }

    @Test
    void theExportDropsHeadingAttributesAndExtraBlankLines() {
        assertEquals("# Title\n\n### Step 0: “go”\n\ntext\n",
                MarkdownExport.tidy("# Title {#top}\n\n\n\n### Step 0: “go” {#step-0 .step}\n\n\ntext\n\n"));
        assertEquals("Not a heading {#x}\n", MarkdownExport.tidy("Not a heading {#x}"));
    }

    @Test
    void lineBreaksBetweenChineseCharactersAreJoined() {
        assertEquals("记忆通道，也就是细胞状态\nEnglish\nwords 中文和", CjkLines.join("记忆通道，\n也就是细胞状态\nEnglish\nwords 中文\n和"));
    }

    /** Checked against a regular expression: a line break, with the blanks around it, between two CJK characters. */
    @Property(tries = 500)
    void exactlyTheBreaksBetweenTwoCjkCharactersAreJoined(
            @ForAll @StringLength(max = 40) @CharRange(from = 'a', to = 'c') @CharRange(from = ' ', to = ' ')
            @CharRange(from = '\n', to = '\n') @CharRange(from = '\t', to = '\t') @CharRange(from = '记', to = '记')
            @CharRange(from = '，', to = '，') @CharRange(from = 'ᄀ', to = 'ᄀ') @CharRange(from = 'か', to = 'か')
            @CharRange(from = 'σ', to = 'σ') @CharRange(from = '−', to = '−') String text) {
        String cjk = "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}\\u3000-\\u303F\\uFF00-\\uFFEF]";
        String expected = text.replaceAll("(?<=" + cjk + ")[ \\t]*\\n[ \\t]*(?=" + cjk + ")", "");
        assertEquals(expected, CjkLines.join(text));
    }
}
