package dev.unrolled.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The empty background artifacts openhtmltopdf puts around every box are dropped, and nothing else changes: every
 * drawing and text operator of every page is the same, in the same order, as in the PDF openhtmltopdf writes itself.
 */
class BackgroundArtifactsTest {
    private static final Set<String> BACKGROUNDS = Set.of("Prop1", "Prop2");

    private static String rewrite(String content) {
        byte[] out = BackgroundArtifacts.rewrite(content.getBytes(StandardCharsets.ISO_8859_1), BACKGROUNDS);
        return out == null ? null : new String(out, StandardCharsets.ISO_8859_1);
    }

    @Test
    void anEmptyBackgroundArtifactIsDropped() {
        assertEquals("q\n\nBT (a) Tj ET\nQ", rewrite("q\n/Artifact /Prop1 BDC\nEMC\nBT (a) Tj ET\nQ"));
    }

    @Test
    void aBackgroundArtifactAroundDrawingStaysAnArtifact() {
        assertEquals("/Artifact BMC\n0 0 m 10 0 l S\nEMC", rewrite("/Artifact /Prop2 BDC\n0 0 m 10 0 l S\nEMC"));
    }

    @Test
    void otherMarkedContentIsLeftAlone() {
        String content = "/Span <</MCID 0>> BDC\nBT (x) Tj ET\nEMC\n/Artifact /Prop7 BDC\nEMC\n/P /Prop1 BDC\nEMC";
        assertEquals(content, rewrite(content));
    }

    @Test
    void bytesInsideStringsAreNotReadAsOperators() {
        String content = "BT (\\) /Artifact /Prop1 BDC EMC \\() Tj <2F41> Tj (a(/Artifact /Prop1 BDC)EMC) Tj ET";
        assertEquals(content, rewrite(content));
    }

    @Test
    void aPageWithAnInlineImageIsLeftAsItWas() {
        assertNull(rewrite("/Artifact /Prop1 BDC\nEMC\nBI /W 1 /H 1 ID \u00ff EI"));
    }

    @Test
    void aRenderedPageDrawsExactlyWhatOpenhtmltopdfDraws(@TempDir Path site) throws IOException {
        Files.writeString(site.resolve("print.css"), "h2 { border-bottom: 1pt solid #999999; }\n"
                + "td { border-bottom: 0.5pt solid #bbbbbb; } .box { background-color: #eeeeee; }");
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>t</title>"
                + "<link rel=\"stylesheet\" href=\"print.css\"></head><body><h2 id=\"a\">Heading</h2>"
                + "<p>Text with <i>f</i><sub>t</sub> and <span class=\"box\">a box</span>.</p>"
                + "<table><tr><td>1</td><td>2</td></tr></table><ul><li>one</li><li>two</li></ul></body></html>";
        byte[] ours = new PdfRenderer(site, "test").render(html, site.resolve("t.pdf"));
        byte[] theirs = openhtmltopdfAlone(html, site);
        try (PDDocument stripped = Loader.loadPDF(ours); PDDocument original = Loader.loadPDF(theirs)) {
            assertTrue(backgroundProperties(original.getPage(0)) > 5, "the library's own output has them");
            assertEquals(0, backgroundProperties(stripped.getPage(0)));
            List<String> drawn = drawing(stripped.getPage(0));
            assertEquals(drawing(original.getPage(0)), drawn);
            assertTrue(drawn.contains("S") || drawn.contains("f") || drawn.contains("re"), "rules are drawn");
            List<String> marks = markedContent(stripped.getPage(0));
            assertNotEquals(markedContent(original.getPage(0)), marks);
            assertEquals(0, balance(marks), "every BMC and BDC is closed");
            assertTrue(marks.contains("Artifact BMC"), "the drawn rules are still artifacts: " + marks);
            assertTrue(stripped.getDocumentCatalog().getStructureTreeRoot() != null);
        }
    }

    private static byte[] openhtmltopdfAlone(String html, Path site) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PDDocument pdf = new PDDocument();
        PdfRendererBuilder builder = new PdfRendererBuilder().usePDDocument(pdf).useFastMode()
                .withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), site.resolve("t.pdf").toUri().toString())
                .usePdfUaAccessibility(true).toStream(out);
        PdfFonts.Fallbacks fallbacks = PdfFonts.register(builder, pdf, false);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            fallbacks.addTo(renderer);
            renderer.layout();
            renderer.createPDF();
        }
        return out.toByteArray();
    }

    private static int backgroundProperties(PDPage page) {
        COSDictionary properties = page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
        int count = 0;
        for (COSName key : properties == null ? Set.<COSName>of() : properties.keySet()) {
            if (properties.getDictionaryObject(key) instanceof COSDictionary dict
                    && COSName.BACKGROUND.equals(dict.getCOSName(COSName.TYPE))) {
                count++;
            }
        }
        return count;
    }

    private static List<Object> tokens(PDPage page) throws IOException {
        return new PDFStreamParser(page).parse();
    }

    /** Every operator but the marked-content ones, in order. */
    private static List<String> drawing(PDPage page) throws IOException {
        List<String> operators = new ArrayList<>();
        for (Object token : tokens(page)) {
            if (token instanceof Operator op && !Set.of("BMC", "BDC", "EMC").contains(op.getName())) {
                operators.add(op.getName());
            }
        }
        return operators;
    }

    /** The marked-content operators with their tag, e.g. "Artifact BDC", "Span BDC", "EMC". */
    private static List<String> markedContent(PDPage page) throws IOException {
        List<String> marks = new ArrayList<>();
        List<Object> operands = new ArrayList<>();
        for (Object token : tokens(page)) {
            if (token instanceof Operator op) {
                if (Set.of("BMC", "BDC").contains(op.getName())) {
                    marks.add(((COSName) operands.get(0)).getName() + " " + op.getName());
                } else if (op.getName().equals("EMC")) {
                    marks.add("EMC");
                }
                operands.clear();
            } else {
                operands.add((COSBase) token);
            }
        }
        return marks;
    }

    private static int balance(List<String> marks) {
        int depth = 0;
        for (String mark : marks) {
            depth += mark.equals("EMC") ? -1 : 1;
            assertTrue(depth >= 0, "EMC without a beginning");
        }
        return depth;
    }
}
