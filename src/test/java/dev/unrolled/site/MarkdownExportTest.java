package dev.unrolled.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The export's tidying, checked against its definition written as two regular expressions (the way it was first
 * implemented): on any text, including carriage returns and Unicode line separators, both give the same result.
 */
class MarkdownExportTest {
    private static final Pattern HEADING_ID = Pattern.compile(
            "(?m)^(#{1,6} .*?)[ \\t]*\\{(?:[#.][A-Za-z0-9_-]+[ \\t]*)+}[ \\t]*$");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private static String byDefinition(String markdown) {
        String text = HEADING_ID.matcher(markdown).replaceAll("$1");
        return BLANK_LINES.matcher(text).replaceAll("\n\n").strip() + "\n";
    }

    @Provide
    Arbitrary<String> markdownish() {
        Arbitrary<String> pieces = Arbitraries.of("#", "##", "######", "#######", " ", "\t", "{", "}", "{#step-2}",
                "{#a .b}", "{.c#d}", "{#}", "{ #x}", "#x", ".y", "x", "é", "-", "_", "\n", "\n\n\n", "\r", "\r\n",
                "\u2028", "\u0085", "Step 0: “go”", "$h_t$");
        return pieces.list().ofMaxSize(40).map(list -> String.join("", list));
    }

    @Property(tries = 3000)
    void tidyingMatchesItsDefinition(@ForAll("markdownish") String markdown) {
        assertEquals(byDefinition(markdown), MarkdownExport.tidy(markdown));
    }

    @Test
    void headingAttributesGoAndBlankRunsCollapse() {
        String text = "# Title {#top}\n\n\n\n### Step 0: “go” {#step-0 .step}\r\n\n\ntext {#kept}\n## a {#x} {#y}\n";
        assertEquals("# Title\n\n### Step 0: “go”\r\n\ntext {#kept}\n## a {#x}\n", MarkdownExport.tidy(text));
        assertEquals(byDefinition(text), MarkdownExport.tidy(text));
    }
}
