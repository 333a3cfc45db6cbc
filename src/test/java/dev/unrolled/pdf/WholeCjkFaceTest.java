package dev.unrolled.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.openhtmltopdf.bidi.SimpleBidiReorderer;
import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.extend.impl.FSNoOpCacheStore;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.render.FSFontMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A PDF's text chain ends with DejaVu Sans, the GB2312 cut of Droid Sans Fallback and the whole face, as the final
 * fallbacks. The measuring text renderer gives the widths and line metrics openhtmltopdf's own renderer gives with
 * every face loaded, and loads the whole face only for a character that only it can draw: not for line metrics, nor
 * to learn that it lacks a control character.
 */
class WholeCjkFaceTest {
    private static final PDDocument DOCUMENT = new PDDocument(); // in memory only, never saved
    private static final TrueTypeFont SANS = parse("DejaVuSans.ttf");
    private static final TrueTypeFont CUT = parse(PdfFonts.CJK_GB2312_FILE);
    private static final TrueTypeFont WHOLE = parse(PdfFonts.CJK_WHOLE_FILE);
    private static final List<PDFont> FONTS = List.of(load(SANS), load(CUT), load(WHOLE));

    @Property(tries = 1500)
    void theWholeFaceIsLoadedOnlyForACharacterOnlyItHas(@ForAll("texts") String text) throws IOException {
        AtomicInteger loads = new AtomicInteger();
        PdfBoxFSFont lazy = chain(loads);
        PdfBoxFSFont loaded = chain(new AtomicInteger());
        loaded.getFontDescriptions().forEach(FontDescription::getFont);
        MeasuringTextRenderer measuring = new MeasuringTextRenderer(null);
        measuring.setup(null, new SimpleBidiReorderer());

        assertEquals(metrics(original().getFSFontMetrics(null, loaded, text)),
                metrics(measuring.getFSFontMetrics(null, lazy, text)), text);
        assertEquals(0, loads.get(), "loaded for the line metrics");
        assertEquals(original().getWidth(null, loaded, text), measuring.getWidth(null, lazy, text), text);
        assertEquals(onlyTheWholeFaceHas(text) ? 1 : 0, loads.get(), text);
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().withChars("abcfx0123456789.,()+= ").ofMaxLength(8),
                Arbitraries.of("σ", "≈", "ₜ", "遗忘门", "输入", "，", "。"),
                Arbitraries.of("\n", "\t", "\r", "\u0007", "\u200b", "\u202a", "\u202c", "\u00ad"),
                Arbitraries.of("體", "這", "ᄀ", "฿")); // characters only the whole face has
        return pieces.list().ofMaxSize(8).map(list -> String.join("", list));
    }

    private static boolean onlyTheWholeFaceHas(String text) throws IOException {
        for (int c : text.codePoints().toArray()) {
            if (!has(SANS, c) && !has(CUT, c) && has(WHOLE, c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(TrueTypeFont font, int c) throws IOException {
        return font.getUnicodeCmapLookup().getGlyphId(c) != 0;
    }

    /** The faces as a PDF has them last: each loaded when first asked for, the whole face counting its loads. */
    private static PdfBoxFSFont chain(AtomicInteger wholeLoads) {
        return new PdfBoxFSFont(List.of(
                face(FONTS.get(0), PdfFonts.FALLBACK + PdfFonts.SANS, new AtomicInteger()),
                face(FONTS.get(1), PdfFonts.FALLBACK + PdfFonts.CJK, new AtomicInteger()),
                face(FONTS.get(2), PdfFonts.FALLBACK + PdfFonts.CJK_WHOLE_FAMILY, wholeLoads)), 10.5f);
    }

    private static FontDescription face(PDFont font, String family, AtomicInteger loads) {
        return new FontDescription(DOCUMENT, () -> {
            loads.incrementAndGet();
            return font;
        }, IdentValue.NORMAL, 400, family, false, true, FSNoOpCacheStore.INSTANCE);
    }

    private static PdfBoxTextRenderer original() {
        new SharedContext().registerWithThread(); // where openhtmltopdf looks up its replacement character
        PdfBoxTextRenderer renderer = new PdfBoxTextRenderer();
        renderer.setup(null, new SimpleBidiReorderer());
        return renderer;
    }

    private static List<Float> metrics(FSFontMetrics metrics) {
        return List.of(metrics.getAscent(), metrics.getDescent(), metrics.getStrikethroughOffset(),
                metrics.getStrikethroughThickness(), metrics.getUnderlineOffset(), metrics.getUnderlineThickness());
    }

    private static TrueTypeFont parse(String file) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(PdfFonts.read(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDFont load(TrueTypeFont font) {
        try {
            return PDType0Font.load(DOCUMENT, font, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
