package dev.unrolled.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF's text as a reader sees it laid out: lines of glyphs with their places, read back with PDFBox, for checks of
 * the layout itself (glyphs drawn over each other, the relations of a derivation in one column).
 */
public final class PdfLines {
    /** One glyph as drawn. */
    public record Glyph(String text, float x, float width) {
        float end() {
            return x + width;
        }
    }

    /** One line of text on a page: its glyphs from left to right. */
    public record Line(int page, List<Glyph> glyphs) {
        String text() {
            StringBuilder out = new StringBuilder();
            glyphs.forEach(g -> out.append(g.text()));
            return out.toString();
        }
    }

    private final List<Line> lines;

    private PdfLines(List<Line> lines) {
        this.lines = lines;
    }

    public static PdfLines of(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<Line> lines = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                private List<Glyph> current = new ArrayList<>();

                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        current.add(new Glyph(p.getUnicode(), p.getXDirAdj(), p.getWidthDirAdj()));
                    }
                }

                @Override
                protected void writeLineSeparator() {
                    endLine();
                }

                @Override
                protected void writeParagraphEnd() {
                    endLine();
                }

                @Override
                protected void writePageEnd() {
                    endLine();
                }

                private void endLine() {
                    if (!current.isEmpty()) {
                        lines.add(new Line(getCurrentPageNo(), current));
                        current = new ArrayList<>();
                    }
                }

                @Override
                protected void writeWordSeparator() {}
            };
            stripper.setSortByPosition(true);
            stripper.getText(document);
            return new PdfLines(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Glyphs that start before the glyph left of them on the same line ends: text drawn over text. */
    public List<String> overlaps() {
        List<String> found = new ArrayList<>();
        for (Line line : lines) {
            List<Glyph> glyphs = line.glyphs();
            for (int i = 1; i < glyphs.size(); i++) {
                Glyph before = glyphs.get(i - 1);
                Glyph glyph = glyphs.get(i);
                if (glyph.width() > 0 && before.width() > 0 && glyph.x() < before.end() - 0.3f) {
                    found.add("page " + line.page() + ": '" + before.text() + "' and '" + glyph.text() + "' in "
                            + line.text());
                }
            }
        }
        return found;
    }

    /**
     * Lines of a derivation after its first whose relation (= or ≈, the line's first glyph) is not in the column of
     * the relation before it: the previous line that is not a wrapped continuation (which starts with "+" or a
     * vector's next entry) must have a relation at the same place, as its first glyph or after the left-hand side.
     */
    public List<String> misalignedRelations() {
        List<String> found = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            Glyph relation = lines.get(i).glyphs().get(0);
            if (!isRelation(relation.text())) {
                continue;
            }
            int before = i - 1;
            while (before > 0 && lines.get(before).page() == lines.get(i).page()
                    && isContinuation(lines.get(before).glyphs().get(0).text())) {
                before--;
            }
            boolean aligned = lines.get(before).glyphs().stream()
                    .anyMatch(g -> isRelation(g.text()) && Math.abs(g.x() - relation.x()) < 0.3f);
            if (!aligned && lines.get(before).page() == lines.get(i).page()) {
                found.add("page " + lines.get(i).page() + ": " + lines.get(i).text() + " under "
                        + lines.get(before).text());
            }
        }
        return found;
    }

    /** How many lines start with a relation: that the check above saw derivations at all. */
    public long relationLines() {
        return lines.stream().filter(l -> isRelation(l.glyphs().get(0).text())).count();
    }

    private static boolean isRelation(String text) {
        return text.equals("=") || text.equals("≈");
    }

    private static boolean isContinuation(String text) {
        return text.equals("+") || text.equals("−") || Character.isDigit(text.charAt(0));
    }
}
