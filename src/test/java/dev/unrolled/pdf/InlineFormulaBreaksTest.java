package dev.unrolled.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An inline formula of the printed sheets (a span.math, as the print writer makes it, with the Chinese pause the
 * build puts inside it) never breaks across lines, with the shipped print stylesheet: openhtmltopdf starts a new line
 * at any element boundary that does not fit, so without it a line ended in "W" and the next began with its subscript,
 * or with the "、" after it.
 */
class InlineFormulaBreaksTest {
    @TempDir
    Path site;

    @Test
    void aSymbolItsSubscriptAndTheFollowingPauseStayOnOneLine() throws IOException {
        StringBuilder body = new StringBuilder();
        for (int pad = 0; pad < 24; pad++) { // the formula at every place near the end of a line
            body.append("<p>").append("因此每个权重矩阵".repeat(5)).append("x".repeat(pad))
                    .append("<span class=\"math\"><i>W</i><sub>C</sub>、</span>")
                    .append("<span class=\"math\"><i>h</i><sub>t−1</sub></span> 都有</p>");
        }
        String css = Files.readString(Path.of("templates/assets/print.css"));
        String html = "<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\"><title>t</title><style>" + css
                + "</style></head><body>" + body + "</body></html>";
        byte[] pdf = new PdfRenderer(site, "test").render(html, site.resolve("t.pdf"));
        List<String> broken = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true); // openhtmltopdf draws a line's text before its inline boxes
            List<String> lines = stripper.getText(document).lines().map(String::strip).toList();
            for (int i = 1; i < lines.size(); i++) {
                String line = lines.get(i);
                String before = lines.get(i - 1);
                if (line.startsWith("C") || line.startsWith("、") || line.startsWith("t−1") || before.endsWith("W")
                        || before.endsWith("h")) {
                    broken.add(before + " | " + line);
                }
            }
            String joined = String.join("", lines).replace(" ", "");
            assertEquals(24, joined.split("WC、ht−1都有", -1).length - 1, "every formula read whole: " + joined);
        }
        assertEquals(List.of(), broken);
    }
}
