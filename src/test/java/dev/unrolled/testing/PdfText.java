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

/** A PDF read back with PDFBox: its text, and every glyph that lies outside its page (or in its side margins). */
public final class PdfText {
    /** The side margins of the printed sheets in points: print.css, "@page { margin: … 17mm … 17mm }". */
    public static final double SIDE_MARGIN = 17 / 25.4 * 72;

    private final String text;
    private final List<String> outside;

    private PdfText(String text, List<String> outside) {
        this.text = text;
        this.outside = outside;
    }

    public static PdfText of(Path pdf) {
        return of(pdf, 0);
    }

    /**
     * With {@link #outside()} reporting also the glyphs in the page's side margins, {@code sideMargin} points wide
     * (less half a point for the layout's rounding; at the page's own edge there is none, as without margins).
     */
    public static PdfText of(Path pdf, double sideMargin) {
        double slack = sideMargin > 0 ? 0.5 : 0;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> outside = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String string, List<TextPosition> positions) throws IOException {
                    PDPage page = getCurrentPage();
                    PDRectangle box = page.getMediaBox();
                    for (TextPosition p : positions) {
                        if (p.getXDirAdj() < sideMargin - slack
                                || p.getXDirAdj() + p.getWidthDirAdj() > box.getWidth() - sideMargin + 0.5
                                || p.getYDirAdj() < 0 || p.getYDirAdj() > box.getHeight()) {
                            outside.add("page " + getCurrentPageNo() + ": '" + p.getUnicode() + "' at x="
                                    + p.getXDirAdj() + " in '" + string + "'");
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

    /** Each page's text in reading order (sorted by position), the first page first. */
    public static List<String> pages(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return List.copyOf(pages);
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

    /** Glyphs drawn (partly) outside the page, clipped for a reader, or in the side margins asked about. */
    public List<String> outside() {
        return outside;
    }
}
