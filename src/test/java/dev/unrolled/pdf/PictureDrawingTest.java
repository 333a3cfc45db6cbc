package dev.unrolled.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unrolled.example.Mode;
import dev.unrolled.testing.Traces;
import dev.unrolled.trace.Trace;
import dev.unrolled.write.svg.CellDiagram;
import dev.unrolled.write.svg.Charts;
import dev.unrolled.write.svg.Label;
import dev.unrolled.write.svg.Picture;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tool's pictures are drawn straight onto the PDF page, and look as Batik (a full SVG renderer, used here as the
 * reference) draws them: both renderings of the same page are rasterised and compared pixel by pixel. SVG the tool
 * did not write still goes to Batik.
 */
class PictureDrawingTest {
    private static final String STYLE = "@page { size: 800px 600px; margin: 10px; }"
            + " body { font-family: 'DejaVu Sans'; margin: 0; }"
            + " figure { margin: 0 0 20px 0; page-break-inside: avoid; } figure svg { width: 100%; height: auto; }";
    /** A rule that reaches into the pictures (and changes nothing), so that they go to Batik. */
    private static final String TO_BATIK = " figure svg text { font-style: normal; }";

    @TempDir
    static Path site;
    private static List<Picture> pictures;

    @BeforeAll
    static void draw() {
        pictures = new ArrayList<>();
        Trace alice = Traces.shipped("alice", Mode.HAND);
        pictures.add(new CellDiagram(alice, Traces.EN).draw(alice.steps().get(2)));
        pictures.add(new CellDiagram(alice, Traces.ZH).draw(alice.steps().get(0))); // labels in two fonts
        pictures.add(new Charts(alice, Traces.EN).gates());
        Trace wide = Traces.random(6, 3, 5);
        pictures.add(new Charts(wide, Traces.EN).states());
    }

    private static PDDocument render(String style, String body) throws IOException {
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>t</title><style>" + style
                + "</style></head><body>" + body + "</body></html>";
        return Loader.loadPDF(new PdfRenderer(site, "test").render(html, site.resolve("t.pdf")));
    }

    private static String figures(List<Picture> pictures) {
        StringBuilder body = new StringBuilder();
        for (Picture picture : pictures) {
            body.append("<figure class=\"picture\">").append(picture.svgWithAlt()).append("</figure>");
        }
        return body.toString();
    }

    private static int forms(PDPage page) throws IOException {
        int forms = 0;
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDFormXObject) {
                forms++;
            }
        }
        return forms;
    }

    @Test
    void thePicturesAreDrawnOnThePageItselfWithTheirLabelsAsText() throws IOException {
        try (PDDocument ours = render(STYLE, figures(pictures)); PDDocument batik = render(STYLE + TO_BATIK,
                figures(pictures))) {
            int ownForms = 0;
            int batikForms = 0;
            for (int p = 0; p < ours.getNumberOfPages(); p++) {
                ownForms += forms(ours.getPage(p));
            }
            for (int p = 0; p < batik.getNumberOfPages(); p++) {
                batikForms += forms(batik.getPage(p));
            }
            assertEquals(0, ownForms, "no picture went to Batik");
            assertEquals(pictures.size(), batikForms, "a rule reaching into the pictures sends each to Batik");
            String text = new PDFTextStripper().getText(ours).replaceAll("\\s+", " ");
            for (Picture picture : pictures) {
                for (Label label : picture.labels()) {
                    assertTrue(text.contains(label.text()), label.text() + " in " + text);
                }
            }
        }
    }

    /**
     * Pixel by pixel at 300 dpi, a pixel differing when a colour channel differs by more than a quarter of its range.
     * The page's content is exactly as wide as the pictures, whose heights are whole pixels, so that Batik draws
     * them where the page puts them (openhtmltopdf hands Batik a surface a whole number of pixels high, aligned at
     * the bottom: a fractional height moves its pictures down by the fraction). Then no pixel differs; a picture
     * drawn half a pixel off, strokes a tenth too wide, a label not anchored, a dash or an opacity left out each
     * make thousands differ.
     */
    @Test
    void thePicturesLookAsAFullSvgRendererDrawsThem() throws IOException {
        for (Picture picture : pictures) {
            assertEquals(0, picture.view().height() % 1, "a picture of whole pixels");
            try (PDDocument ours = render(STYLE, figures(List.of(picture)));
                 PDDocument batik = render(STYLE + TO_BATIK, figures(List.of(picture)))) {
                BufferedImage reference = new PDFRenderer(batik).renderImageWithDPI(0, 300);
                int inked = inked(reference);
                int differing = differing(new PDFRenderer(ours).renderImageWithDPI(0, 300), reference);
                assertTrue(inked > 20000, picture.title() + ": the reference drew the picture (" + inked + ")");
                assertTrue(differing < inked / 1000, picture.title() + ": " + differing + " of " + inked
                        + " inked pixels differ");
            }
        }
    }

    /** A picture fitted into a box half its size is the same drawing at half the size. */
    @Test
    void aPictureScaledToItsBoxIsTheSameDrawingSmaller() throws IOException {
        String half = STYLE.replace("size: 800px 600px; margin: 10px;", "size: 400px 300px; margin: 5px;");
        for (Picture picture : pictures) {
            try (PDDocument whole = render(STYLE, figures(List.of(picture)));
                 PDDocument scaled = render(half, figures(List.of(picture)))) {
                BufferedImage reference = new PDFRenderer(whole).renderImageWithDPI(0, 300);
                int inked = inked(reference);
                int differing = differing(new PDFRenderer(scaled).renderImageWithDPI(0, 600), reference);
                assertTrue(differing < inked / 1000, picture.title() + ": " + differing + " of " + inked
                        + " inked pixels differ");
            }
        }
    }

    @Test
    void svgTheToolDidNotWriteIsStillDrawnByBatik() throws IOException {
        String foreign = "<figure><svg viewBox=\"0 0 100 50\" width=\"200\" height=\"100\">"
                + "<path d=\"M10 10 H 90 V 40 H 10 Z\" fill=\"#ff0000\"/></svg></figure>";
        try (PDDocument document = render("body { margin: 0; }", foreign)) {
            assertEquals(1, forms(document.getPage(0)));
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 72);
            int red = 0;
            for (int y = 0; y < page.getHeight(); y++) {
                for (int x = 0; x < page.getWidth(); x++) {
                    int rgb = page.getRGB(x, y);
                    if ((rgb >> 16 & 0xff) > 200 && (rgb >> 8 & 0xff) < 60 && (rgb & 0xff) < 60) {
                        red++;
                    }
                }
            }
            // the path is 160 x 60 CSS pixels, 120 x 45 points: about 5,400 pixels at 72 dpi
            assertTrue(red > 4500 && red < 6500, "red pixels: " + red);
        }
    }

    /** How many pixels differ: a pixel differs when a colour channel differs by more than a quarter of its range. */
    private static int differing(BufferedImage a, BufferedImage b) {
        assertEquals(a.getWidth(), b.getWidth());
        assertEquals(a.getHeight(), b.getHeight());
        int differing = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    if (Math.abs((p >> shift & 0xff) - (q >> shift & 0xff)) > 64) {
                        differing++;
                        break;
                    }
                }
            }
        }
        return differing;
    }

    private static int inked(BufferedImage image) {
        int inked = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
                    inked++;
                }
            }
        }
        return inked;
    }
}
