package dev.unrolled.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** A PDF read back with PDFBox: its text, and every glyph that lies outside its page. */
public final class PdfText {
    private final String text;
    private final List<String> outside;

    private PdfText(String text, List<String> outside) {
        this.text = text;
        this.outside = outside;
    }

    public static PdfText of(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> outside = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String string, List<TextPosition> positions) throws IOException {
                    PDPage page = getCurrentPage();
                    PDRectangle box = page.getMediaBox();
                    for (TextPosition p : positions) {
                        if (p.getXDirAdj() < 0 || p.getXDirAdj() + p.getWidthDirAdj() > box.getWidth() + 0.5
                                || p.getYDirAdj() < 0 || p.getYDirAdj() > box.getHeight()) {
                            outside.add("page " + getCurrentPageNo() + ": '" + p.getUnicode() + "' at x="
                                    + p.getXDirAdj());
                        }
                    }
                    super.writeString(string, positions);
                }
            };
            stripper.setSortByPosition(true);
            return new PdfText(stripper.getText(document), outside);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String text() {
        return text;
    }

    /** The text with all white space removed, for matching formulas that wrapped across lines. */
    public String compact() {
        return text.replaceAll("[\\s\\u00a0]+", "");
    }

    /** Glyphs drawn (partly) outside the page: clipped for a reader. */
    public List<String> outside() {
        return outside;
    }
}
