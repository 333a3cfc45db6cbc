package dev.unrolled.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lines in a PDF break between numbers and around operators, never inside a number. */
class NumberKeepingBreakerTest {
    @TempDir
    Path site;

    private static List<String> pieces(String text) {
        NumberKeepingBreaker breaker = new NumberKeepingBreaker();
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
        assertEquals(List.of("0.453", "×0.123 ", "+ ", "0.651", "×", "(−0.085)"),
                pieces("0.453×0.123 + 0.651×(−0.085)"));
        assertTrue(pieces("see https://example.org/a").contains("/a"), "URLs still break before a slash");
        assertEquals(List.of("1,000 ", "words."), pieces("1,000 words."));
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
