package dev.unrolled.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import dev.unrolled.example.Mode;
import dev.unrolled.testing.Traces;
import dev.unrolled.trace.Trace;
import dev.unrolled.write.svg.CellDiagram;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text is drawn as openhtmltopdf draws it: a page rendered with the tool's text renderer is the same PDF, byte for
 * byte, as the page rendered with openhtmltopdf's own (whose widths the tool's gives to the unit,
 * MeasuringTextRendererTest, so the layout is the same and only the drawing can differ). The page mixes what a
 * sheet has: plain, bold and italic text in two families, maths symbols, Chinese (which only the fallback face has)
 * alone and within Latin, text in a face that lacks the bold it asks for, justified lines and letter spacing (drawn
 * glyph by glyph), list markers, unprintable characters, and a picture whose labels are drawn between text of
 * other styles. The one exception, a mark above a capital, is raised (RaisedMarks) and checked on its own.
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
                + "<figure>" + withoutRaisedMarks(new CellDiagram(alice, Traces.ZH).draw(alice.steps().get(0))
                        .svgWithAlt()) + "</figure><p><b>Bold after the picture</b> and <i>italic</i>.</p>";
        byte[] ours = render(new PdfRenderer(site, "test"), body);
        byte[] reference = render(new PdfRenderer(site, "test", context -> new PdfBoxTextRenderer()), body);
        try (PDDocument pdf = Loader.loadPDF(ours)) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("粗体的中文") && text.contains("Spaced") && text.contains("second"), text);
        }
        assertArrayEquals(reference, ours);
    }

    /** The labels' C̃ as C: a mark above a capital is the one thing drawn differently (test below). */
    private static String withoutRaisedMarks(String svg) {
        assertTrue(svg.contains("C\u0303"), "the picture has a raised mark to take out");
        return svg.replace("C\u0303", "C");
    }

    /**
     * DejaVu Sans (OS/2 table: 2048 units per em, capital height 1493, x-height 1120) places its combining tilde for a
     * lowercase letter; over a capital it goes up by (1493 − 1120) / 2048 em, at the capital's end, upright and
     * oblique. After a lowercase letter it stays where the font puts it. A text extractor still reads "C̃" then the
     * subscript.
     */
    @Test
    void aMarkAboveACapitalIsRaisedToTheCapitalsHeight() throws IOException {
        byte[] pdf = render(new PdfRenderer(site, "test"),
                "<p>C\u0303 and <i>C\u0303</i><sub>2</sub> and a\u0303</p>");
        List<Glyph> glyphs = new ArrayList<>(); // as drawn: the extractor merges a mark into its base later
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition glyph) {
                    glyphs.add(new Glyph(glyph.getUnicode(), glyph.getXDirAdj(), glyph.getYDirAdj(),
                            glyph.getWidthDirAdj()));
                    super.processTextPosition(glyph);
                }
            };
            stripper.setSortByPosition(true);
            text = stripper.getText(document);
        }
        assertTrue(text.contains("C\u0303 and C\u03032 and a\u0303"), text);
        double raise = (1493 - 1120) / 2048.0 * 10; // 10pt text
        List<String> bases = new ArrayList<>();
        for (int i = 1; i < glyphs.size(); i++) {
            Glyph mark = glyphs.get(i);
            if (mark.text().equals("\u0303")) { // openhtmltopdf draws a line's own text before its inline elements'
                Glyph base = glyphs.get(i - 1);
                bases.add(base.text());
                assertEquals(base.x() + base.width(), mark.x(), 0.01, base.text() + " mark x");
                assertEquals(base.y() - (base.text().equals("C") ? raise : 0), mark.y(), 0.01, base.text() + " mark y");
            }
        }
        assertEquals(List.of("C", "a", "C"), bases);
    }

    private record Glyph(String text, float x, float y, float width) {}
}
