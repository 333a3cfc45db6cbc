package dev.unrolled.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import dev.unrolled.example.Mode;
import dev.unrolled.testing.Traces;
import dev.unrolled.trace.Trace;
import dev.unrolled.write.svg.CellDiagram;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text is drawn as openhtmltopdf draws it: a page rendered with the tool's text renderer is the same PDF, byte for
 * byte, as the page rendered with openhtmltopdf's own (whose widths the tool's gives to the unit,
 * MeasuringTextRendererTest, so the layout is the same and only the drawing can differ). The page mixes what a
 * sheet has: plain, bold and italic text in two families, maths symbols, Chinese (which only the fallback face has)
 * alone and within Latin, text in a face that lacks the bold it asks for, justified lines and letter spacing (drawn
 * glyph by glyph), list markers, unprintable characters, and a picture whose labels are drawn between text of
 * other styles.
 */
class TextDrawingTest {
    @TempDir
    Path site;

    private static final String STYLE = "@page { size: A5; margin: 12mm; }"
            + " body { font-family: 'DejaVu Sans', 'Droid Sans Fallback'; font-size: 10pt; }"
            + " .j { text-align: justify; } .s { letter-spacing: 0.6pt; } code { font-family: 'DejaVu Sans Mono'; }"
            + " .cjkbold { font-family: 'Droid Sans Fallback'; font-weight: bold; }"
            + " figure { margin: 0; } figure svg { width: 100%; height: auto; }";

    private byte[] render(PdfRenderer renderer, String body) {
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>t</title><style>"
                + STYLE + "</style></head><body>" + body + "</body></html>";
        return renderer.render(html, site.resolve("t.pdf"));
    }

    @Test
    void textIsDrawnAsOpenhtmltopdfDrawsIt() throws IOException {
        Trace alice = Traces.shipped("alice", Mode.HAND);
        String body = "<h1>The forget gate f<sub>1</sub> ≈ 0.881</h1>"
                + "<p>Plain, <b>bold</b>, <i>italic</i>, <code>mono(0.5)</code> and σ(0.5×0 + (−2.5)×1) ≈ 0.119.</p>"
                + "<p>遗忘门 f₀[1] ≈ 0.881，输入门 <b>i₁</b> 决定写入多少。</p>"
                + "<p class=\"cjkbold\">粗体的中文 and bold Latin in a face without a bold</p>"
                + "<p class=\"j\">" + "A justified paragraph that runs over several lines, so that its lines are "
                + "stretched to the full width and every glyph is placed with its own adjustment. ".repeat(3) + "</p>"
                + "<p class=\"s\">Spaced letters: h₂ = o₂ ⊙ tanh(C₂) 以及中文</p>"
                + "<ol><li>first</li><li><b>second</b></li><li>第三</li></ol>"
                + "<p>soft\u00adhyphen, object\ufffcreplaced, bell\u0007, zero\u200bwidth, face 😀</p>"
                + "<figure>" + new CellDiagram(alice, Traces.ZH).draw(alice.steps().get(0)).svgWithAlt()
                + "</figure><p><b>Bold after the picture</b> and <i>italic</i>.</p>";
        byte[] ours = render(new PdfRenderer(site, "test"), body);
        byte[] reference = render(new PdfRenderer(site, "test", context -> new PdfBoxTextRenderer()), body);
        try (PDDocument pdf = Loader.loadPDF(ours)) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("粗体的中文") && text.contains("Spaced") && text.contains("second"), text);
        }
        assertArrayEquals(reference, ours);
    }
}
