package dev.unrolled.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openhtmltopdf.pdfboxout.PdfBoxRawPDFontMetrics;
import com.openhtmltopdf.util.OpenUtil;
import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/**
 * The CJK face Chinese text is set in, {@value PdfFonts#CJK_GB2312_FILE}, is Droid Sans Fallback cut down to the
 * characters of GB2312 ({@link #cut}), and nothing else: the shipped file is exactly what the cut of the shipped whole
 * face gives (when it is not, the fresh cut is written to {@code target/} to be copied over), every character of
 * GB2312 is drawn from it with the whole face's outline and advance width, and its line metrics are the whole face's,
 * so a page sets the same lines either way. What the PDFs rely on to leave the whole face unloaded is checked here
 * too: its line metrics, and that it has no character openhtmltopdf never prints which the cut lacks.
 */
class Gb2312CutTest {
    private static final Path FRESH = Path.of("target", PdfFonts.CJK_GB2312_FILE);

    /**
     * The cut: every character of GB2312 (ASCII, the 6,763 hanzi of simplified Chinese, its punctuation, full-width
     * forms, kana, Greek, Cyrillic and symbols) that the whole face draws, and the few it has that openhtmltopdf never
     * prints (U+0000, the bidi controls U+202A-U+202D), with the glyphs they are made of, by fontbox's subsetter,
     * which keeps each glyph's outline and metrics and the face's names and line metrics.
     */
    static byte[] cut(byte[] whole) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(whole));
        TTFSubsetter subsetter = new TTFSubsetter(font, KEPT_TABLES);
        subsetter.addAll(gb2312In(font));
        subsetter.addAll(unprintedIn(font));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        subsetter.writeToStream(out);
        byte[] cut = out.toByteArray();
        // the subsetter writes OS/2 in its first version's 78 bytes under the face's version number (3), so that
        // a reader takes x-height and cap height from the next table: the face's own OS/2 is put back, with the
        // cut's first and last character
        byte[] os2 = font.getTableBytes(font.getTableMap().get("OS/2"));
        byte[] cutOs2 = Sfnt.table(cut, "OS/2");
        System.arraycopy(cutOs2, OS2_FIRST_CHAR, os2, OS2_FIRST_CHAR, 4);
        return Sfnt.withTable(cut, "OS/2", os2);
    }

    /**
     * The tables the cut keeps: not the glyph substitution and positioning tables (GSUB, GPOS, GDEF) nor the
     * vertical metrics (vhea, vmtx), which number the whole face's glyphs and which the tool does not use.
     */
    private static final List<String> KEPT_TABLES = List.of("head", "hhea", "maxp", "OS/2", "hmtx", "cmap", "loca",
            "glyf", "post", "name", "cvt ", "fpgm", "prep", "gasp");
    /** Where OS/2 holds usFirstCharIndex and usLastCharIndex, two bytes each. */
    private static final int OS2_FIRST_CHAR = 64;

    /** The characters of GB2312 (all in the Basic Multilingual Plane) that {@code font} has a glyph for. */
    private static Set<Integer> gb2312In(TrueTypeFont font) throws IOException {
        CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
        CmapLookup cmap = font.getUnicodeCmapLookup();
        Set<Integer> characters = new TreeSet<>();
        for (int c = 0x20; c <= 0xffff; c++) {
            if (!Character.isSurrogate((char) c) && gb2312.canEncode((char) c) && cmap.getGlyphId(c) != 0) {
                characters.add(c);
            }
        }
        return characters;
    }

    /** The characters {@code font} has that openhtmltopdf never prints (OpenUtil.isCodePointPrintable). */
    private static Set<Integer> unprintedIn(TrueTypeFont font) throws IOException {
        CmapLookup cmap = font.getUnicodeCmapLookup();
        Set<Integer> characters = new TreeSet<>();
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            if (!OpenUtil.isCodePointPrintable(c) && cmap.getGlyphId(c) != 0) {
                characters.add(c);
            }
        }
        return characters;
    }

    @Test
    void theShippedCutIsTheCutOfTheShippedWholeFace() throws IOException {
        byte[] fresh = cut(PdfFonts.read(PdfFonts.CJK_WHOLE_FILE));
        if (!Arrays.equals(fresh, PdfFonts.read(PdfFonts.CJK_GB2312_FILE))) {
            Files.write(FRESH, fresh);
            throw new AssertionError("the shipped " + PdfFonts.CJK_GB2312_FILE + " is not the cut of the shipped "
                    + PdfFonts.CJK_WHOLE_FILE + "; the fresh cut is in " + FRESH.toAbsolutePath()
                    + ": copy it to src/main/resources/dev/unrolled/pdf/fonts/");
        }
    }

    @Test
    void everyCharacterOfGb2312IsTheWholeFacesGlyph() throws IOException {
        TrueTypeFont whole = parse(PdfFonts.read(PdfFonts.CJK_WHOLE_FILE));
        TrueTypeFont cut = parse(PdfFonts.read(PdfFonts.CJK_GB2312_FILE));
        Set<Integer> characters = gb2312In(whole);
        assertTrue(characters.size() > 7000, "GB2312 has 6,763 hanzi: " + characters.size());
        CmapLookup wholeCmap = whole.getUnicodeCmapLookup();
        CmapLookup cutCmap = cut.getUnicodeCmapLookup();
        for (int c : characters) {
            int wholeGlyph = wholeCmap.getGlyphId(c);
            int cutGlyph = cutCmap.getGlyphId(c);
            String what = "U+" + Integer.toHexString(c) + " " + Character.toString(c);
            assertNotEquals(0, cutGlyph, what);
            assertEquals(whole.getAdvanceWidth(wholeGlyph), cut.getAdvanceWidth(cutGlyph), what);
            assertEquals(outline(whole.getGlyph().getGlyph(wholeGlyph)), outline(cut.getGlyph().getGlyph(cutGlyph)),
                    what);
        }
        assertEquals(whole.getUnitsPerEm(), cut.getUnitsPerEm());
        assertEquals(whole.getHorizontalHeader().getAscender(), cut.getHorizontalHeader().getAscender());
        assertEquals(whole.getHorizontalHeader().getDescender(), cut.getHorizontalHeader().getDescender());
        assertEquals(whole.getName(), cut.getName());
    }

    /**
     * The shipped cut's checksums are right (OpenType: each table record's is the sum of its table's 32-bit words,
     * head's taken with checkSumAdjustment 0, and the whole file sums to 0xB1B0AFBA): they are made by {@link Sfnt}.
     */
    @Test
    void theCutsChecksumsAreRight() {
        byte[] cut = PdfFonts.read(PdfFonts.CJK_GB2312_FILE);
        ByteBuffer file = ByteBuffer.wrap(cut);
        for (int i = 0; i < file.getShort(4); i++) {
            int record = 12 + 16 * i;
            String tag = new String(cut, record, 4, StandardCharsets.US_ASCII);
            byte[] table = Sfnt.table(cut, tag);
            if (tag.equals("head")) {
                ByteBuffer.wrap(table).putInt(8, 0);
            }
            assertEquals(file.getInt(record + 4) & 0xFFFFFFFFL, Sfnt.checksum(table), tag);
        }
        assertEquals(0xB1B0AFBAL, Sfnt.checksum(cut));
    }

    /** The numbers openhtmltopdf sizes a line by are the same for the cut as for the whole face. */
    @Test
    void theCutHasTheWholeFacesLineMetrics() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfBoxRawPDFontMetrics whole = metrics(document, PdfFonts.CJK_WHOLE_FILE);
            PdfBoxRawPDFontMetrics cut = metrics(document, PdfFonts.CJK_GB2312_FILE);
            assertEquals(List.of(whole._ascent, whole._descent, whole._strikethroughOffset,
                            whole._strikethroughThickness, whole._underlinePosition, whole._underlineThickness,
                            whole._typoDescent),
                    List.of(cut._ascent, cut._descent, cut._strikethroughOffset, cut._strikethroughThickness,
                            cut._underlinePosition, cut._underlineThickness, cut._typoDescent));
        }
    }

    /** So that the whole face need not be loaded to learn it lacks a control character the cut lacks. */
    @Test
    void theWholeFaceHasNoUnprintedCharacterTheCutLacks() throws IOException {
        Set<Integer> whole = unprintedIn(parse(PdfFonts.read(PdfFonts.CJK_WHOLE_FILE)));
        assertTrue(whole.contains(0x202a), "the whole face has some: " + whole);
        assertEquals(whole, unprintedIn(parse(PdfFonts.read(PdfFonts.CJK_GB2312_FILE))));
    }

    private static PdfBoxRawPDFontMetrics metrics(PDDocument document, String file) throws IOException {
        PDFont font = PDType0Font.load(document, parse(PdfFonts.read(file)), true);
        return PdfBoxRawPDFontMetrics.fromPdfBox(font, font.getFontDescriptor());
    }

    /** A character only the whole face has, which text must then take from it: 體, traditional for 体. */
    @Test
    void theCutLeavesOutWhatGb2312Lacks() throws IOException {
        int traditional = "體".codePointAt(0);
        assertTrue(parse(PdfFonts.read(PdfFonts.CJK_WHOLE_FILE)).getUnicodeCmapLookup().getGlyphId(traditional) != 0);
        assertEquals(0, parse(PdfFonts.read(PdfFonts.CJK_GB2312_FILE)).getUnicodeCmapLookup().getGlyphId(traditional));
    }

    /** A glyph's outline as its path's segments, each its type and points (composites resolved). */
    private static List<String> outline(GlyphData glyph) throws IOException {
        List<String> segments = new ArrayList<>();
        if (glyph == null) {
            return segments;
        }
        GeneralPath path = glyph.getPath();
        double[] points = new double[6];
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(points);
            segments.add(type + Arrays.toString(points));
        }
        return segments;
    }

    private static TrueTypeFont parse(byte[] bytes) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    }
}
