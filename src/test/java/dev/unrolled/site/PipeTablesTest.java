package dev.unrolled.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
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

/** A plain pipe table is written exactly as flexmark writes it; anything else is left to flexmark. */
class PipeTablesTest {
    private static final MarkdownRenderer FLEXMARK = new MarkdownRenderer();

    @Test
    void theTablesTheToolWritesAreWrittenAsFlexmarkWritesThem() {
        String summary = "| t | word | \ue000k:1\ue001 | \ue000k:2\ue001 |\n|---:|:---|---:|---:|\n"
                + "| 0 | Alice | [0.881, 0.214] | −0.462 |\n| 1 | is | 0.5 | [−0.441, 0.755] |\n\n";
        String html = PipeTables.html(summary);
        assertNotNull(html, "a plain table");
        assertEquals(FLEXMARK.renderWhole(summary), html);
        String centred = "| a | b |\n|:---:|---|\n| 1 | 2 |\n";
        assertEquals(FLEXMARK.renderWhole(centred), PipeTables.html(centred));
    }

    @ParameterizedTest
    @ValueSource(strings = {"| a *b* |\n|---|\n| 1 |\n", "| a |\n|---|\n| [x](y) |\n", "| a |\n|---|\n| <b>1</b> |\n",
        "| a |\n|---|\n| x \\| y |\n", "| a | b |\n|---|---|\n| 1 |\n", "| a |\n|---|\n", "a | b\n---|---\n1 | 2\n",
        "| a |\n|---|\n| 1 |\nmore text\n", "| a |\n|-x-|\n| 1 |\n", "| a |\n|---|\n|  |\n", "  | a |\n|---|\n| 1 |\n",
        "| a |\n|---|\n| `1` |\n", "| a |\n|---|\n| &amp; |\n", "| a |\n|---|\n| x {.c} |\n", "| a |\n|:-:|\n| 1 |\n"})
    void anythingElseIsLeftToFlexmark(String piece) {
        assertNull(PipeTables.html(piece), piece);
    }

    /** Random tables, plain and not: whenever a table is written directly, flexmark writes the same. */
    @Property(tries = 400)
    void whateverIsWrittenDirectlyIsWhatFlexmarkWrites(@ForAll("tables") String piece) {
        String html = PipeTables.html(piece);
        if (html != null) {
            assertEquals(FLEXMARK.renderWhole(piece), html, piece);
        }
    }

    /** Random plain tables: each is written directly, and as flexmark writes it. */
    @Property(tries = 300)
    void plainTablesAreWrittenDirectlyAsFlexmarkWritesThem(@ForAll("plainTables") String piece) {
        String html = PipeTables.html(piece);
        assertNotNull(html, piece);
        assertEquals(FLEXMARK.renderWhole(piece), html, piece);
    }

    @Provide
    Arbitrary<String> tables() {
        return tables(Arbitraries.strings().withChars("ab Zé0189.,−[]()×:;/\ue000\ue001*_`<>&|\\!{}\"'\t\u000b\f"
                + "\u00a0\u2003\u3000").ofMinLength(0).ofMaxLength(8),
                Arbitraries.of("---", ":---", "---:", ":-:", ":---:", "-", "--", "-x-"), 0,
                Arbitraries.of("\n", "\n\n", "", "\n\u000b\n", "\n\t\n", "\r\n", " \t\n", "\f", "\n\u3000\n"));
    }

    @Provide
    Arbitrary<String> plainTables() {
        Arbitrary<String> word = Arbitraries.strings().withChars("abZé0189.,−×:;/\ue000\ue001").ofMinLength(1)
                .ofMaxLength(6);
        return tables(Combinators.combine(word, word, Arbitraries.of("a", "a b", "[a, b]")).as((a, b, form) ->
                form.replace("a", a).replace("b", b)), Arbitraries.of("---", ":---", "---:", ":---:", "-----"), 1,
                Arbitraries.of("\n", "\n\n", "", "\n \t\n"));
    }

    /** Tables of 1 to 4 columns and {@code fewestRows} to 3 rows under the header, then one of {@code ends}. */
    private static Arbitrary<String> tables(Arbitrary<String> cell, Arbitrary<String> alignment, int fewestRows,
                                            Arbitrary<String> ends) {
        return Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.integers().between(fewestRows, 3),
                cell.list().ofSize(16), alignment.list().ofSize(4), ends)
                .as((columns, rows, cells, alignments, end) -> {
                    List<String> lines = new ArrayList<>();
                    int next = 0;
                    for (int r = 0; r < rows + 2; r++) {
                        StringBuilder line = new StringBuilder("|");
                        for (int c = 0; c < columns; c++) {
                            line.append(' ').append(r == 1 ? alignments.get(c) : cells.get(next++ % cells.size()))
                                    .append(" |");
                        }
                        lines.add(line.toString());
                    }
                    return String.join("\n", lines) + end;
                });
    }
}
