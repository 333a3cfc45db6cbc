package dev.unrolled.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unrolled.example.Mode;
import dev.unrolled.testing.Traces;
import dev.unrolled.trace.Step;
import dev.unrolled.trace.Trace;
import dev.unrolled.write.Derivation;
import dev.unrolled.write.Derivations;
import dev.unrolled.write.print.Print;
import java.io.IOException;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lines in a PDF break at spaces and between numbers, never inside a number or a formula's term: every break the
 * breaker offers in any derivation of random runs falls after a space.
 */
class TermKeepingBreakerTest {
    @TempDir
    Path site;

    private static List<String> pieces(String text) {
        TermKeepingBreaker breaker = new TermKeepingBreaker();
        breaker.setText(text);
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int end = breaker.next(); end != BreakIterator.DONE; end = breaker.next()) {
            pieces.add(text.substring(start, end));
            start = end;
        }
        return pieces;
    }

    @Test
    void theJdkBreaksInsideNumbersAndThisBreakerDoesNot() {
        BreakIterator jdk = BreakIterator.getLineInstance(Locale.US);
        jdk.setText("[0.000, −0.462]");
        jdk.next();
        assertEquals(11, jdk.next(), "the JDK offers a break after \"−0.\" (which this test guards against)");
        assertEquals(List.of("[0.000, ", "−0.462]"), pieces("[0.000, −0.462]"));
        assertEquals(List.of("0.453×0.123 ", "+ ", "0.651×(−0.085)"), pieces("0.453×0.123 + 0.651×(−0.085)"),
                "the JDK also breaks beside ×; a term stays whole");
        assertEquals(List.of("σ(0.2×0.049 ", "+\u00a0(−0.1))"), pieces("σ(0.2×0.049 +\u00a0(−0.1))"));
        assertEquals(List.of("h₁[1]·[0.5, ", "−0.2] ", "⊙ ", "o₂[1]"), pieces("h₁[1]·[0.5, −0.2] ⊙ o₂[1]"));
        assertEquals(List.of("a ", "× ", "b, ", "[see ", "1]"), pieces("a × b, [see 1]"), "spaces still break");
        assertTrue(pieces("see https://example.org/a").contains("/a"), "URLs still break before a slash");
        assertEquals(List.of("1,000 ", "words."), pieces("1,000 words."));
    }

    /**
     * Each line of every derivation of runs of several sizes, as the print sheets write it (tags dropped, as the
     * breaker sees the text): the only breaks are after a space, which a formula writes only before a "+" (the
     * JDK alone offers hundreds beside ×, ·, ⊙ and an index's brackets in the same lines).
     */
    @Test
    void derivationsBreakOnlyAfterASpace() {
        int lines = 0;
        int jdkInside = 0;
        for (Trace trace : List.of(Traces.random(1, 4, 3), Traces.random(3, 5, 2), Traces.random(8, 4, 2),
                Traces.shipped("keys", Mode.HAND), Traces.shipped("alice", Mode.EXACT))) {
            Derivations derivations = new Derivations(trace);
            for (Step step : trace.steps()) {
                List<Derivation> all = new ArrayList<>(List.of(derivations.concat(step), derivations.input(step)));
                all.addAll(Traces.unitDerivations(derivations, step, trace.hiddenSize()));
                for (Derivation derivation : all) {
                    for (Element line : Jsoup.parse(new Print().derivation(derivation)).select("div.line")) {
                        line.select(".lhs, .rel").remove(); // the right-hand side, which wraps
                        String text = line.wholeText();
                        lines++;
                        int start = 0;
                        for (String piece : pieces(text)) {
                            start += piece.length();
                            assertTrue(start == text.length() || piece.endsWith(" "),
                                    "a break inside a term: [" + piece + "] in " + text);
                        }
                        jdkInside += jdkBreaksNotAfterASpace(text);
                    }
                }
            }
        }
        assertTrue(lines > 500, lines + " lines");
        assertTrue(jdkInside > 100, "the JDK's own breaker would split terms " + jdkInside + " times");
    }

    private static int jdkBreaksNotAfterASpace(String text) {
        BreakIterator jdk = BreakIterator.getLineInstance(Locale.US);
        jdk.setText(text);
        int count = 0;
        for (int at = jdk.next(); at != BreakIterator.DONE; at = jdk.next()) {
            if (at < text.length() && text.charAt(at - 1) != ' ') {
                count++;
            }
        }
        return count;
    }

    @Test
    void aNarrowTableCellWrapsBetweenNumbersOnly() throws IOException {
        String cell = "<td>[0.000, −0.462]</td><td>[−0.441, 0.755]</td><td>0.453×0.123 + 0.651×(−0.085)</td>";
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>t</title><style>"
                + "body { font-family: 'DejaVu Sans'; } td { width: 62pt; padding: 0; } table { width: 190pt; }"
                + "</style></head><body><table><tr>" + cell + "</tr></table></body></html>";
        try (PDDocument document = Loader.loadPDF(new PdfRenderer(site, "test").render(html,
                site.resolve("t.pdf")))) {
            String text = new PDFTextStripper().getText(document);
            List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            assertTrue(lines.size() > 3, "the cells wrapped: " + lines);
            for (String line : lines) {
                assertFalse(line.matches(".*\\d\\.$"), "a number split at its decimal point: " + lines);
            }
            String joined = String.join(" ", lines);
            for (String number : List.of("−0.462", "−0.441", "0.755", "0.123", "−0.085")) {
                assertTrue(joined.contains(number), number + " in " + lines);
            }
        }
    }
}
