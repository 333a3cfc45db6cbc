package dev.unrolled.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.openhtmltopdf.bidi.SimpleBidiReorderer;
import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/**
 * The measuring text renderer gives the width openhtmltopdf's own renderer gives, to the unit, for any text in any
 * chain of the tool's fonts: Latin, the maths symbols, Chinese (which only the fallback faces have, and some of it
 * only the whole face, not its GB2312 cut), characters no font has, characters openhtmltopdf never prints, and
 * strings long enough to be measured in parts, including parts cut through a surrogate pair.
 */
class MeasuringTextRendererTest {
    private static final PDDocument DOCUMENT = new PDDocument(); // in memory only, never saved
    private static final List<PdfBoxFSFont> CHAINS = fontChains();

    private static List<PdfBoxFSFont> fontChains() {
        FontDescription sans = face("DejaVuSans.ttf", 400);
        FontDescription bold = face("DejaVuSans-Bold.ttf", 700);
        FontDescription mono = face("DejaVuSansMono.ttf", 400);
        FontDescription cjk = face(PdfFonts.CJK_WHOLE_FILE, 400);
        FontDescription cut = face(PdfFonts.CJK_GB2312_FILE, 400);
        return List.of(
                new PdfBoxFSFont(List.of(sans, cjk), 12f),
                new PdfBoxFSFont(List.of(sans, cut, cjk), 11f),
                new PdfBoxFSFont(List.of(bold, sans, cjk), 9.6f),
                new PdfBoxFSFont(List.of(mono, sans), 10.5f),
                new PdfBoxFSFont(List.of(cjk, sans), 17.3f),
                new PdfBoxFSFont(List.of(sans), 7.5f));
    }

    private static FontDescription face(String file, int weight) {
        try {
            PDFont font = PDType0Font.load(DOCUMENT,
                    new TTFParser().parse(new RandomAccessReadBuffer(PdfFonts.read(file))), true);
            return new FontDescription(font, IdentValue.NORMAL, weight);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int original(PdfBoxFSFont font, String text) {
        new SharedContext().registerWithThread(); // where openhtmltopdf looks up its replacement character
        PdfBoxTextRenderer renderer = new PdfBoxTextRenderer();
        renderer.setup(null, new SimpleBidiReorderer());
        return renderer.getWidth(null, font, text);
    }

    @Property(tries = 3000)
    void widthsAreOpenhtmltopdfsOwn(@ForAll("texts") String text, @ForAll("chains") int chain) {
        PdfBoxFSFont font = CHAINS.get(chain);
        MeasuringTextRenderer measuring = new MeasuringTextRenderer(null);
        measuring.setup(null, new SimpleBidiReorderer());
        assertEquals(original(font, text), measuring.getWidth(null, font, text), text);
        assertEquals(original(font, text), measuring.getWidth(null, font, text), "asked again: " + text);
    }

    @Test
    void sheetTextMeasuresAsBefore() {
        MeasuringTextRenderer measuring = new MeasuringTextRenderer(null);
        measuring.setup(null, new SimpleBidiReorderer());
        for (String text : List.of("", " ", "σ(0.5×0 + 0×0 + (−2.5)×0 + 1.5×1 + 0.5) ≈ 0.881", "遗忘门 f₀[1] ≈ 0.881",
                "门", "a\u00adb", "x\u0007y", "😀 ok", "在第 2 步里，遗忘门让旧记忆留下了多少？这一步的答案是 0.214。")) {
            for (PdfBoxFSFont font : CHAINS) {
                assertEquals(original(font, text), measuring.getWidth(null, font, text), text);
            }
        }
    }

    @Provide
    Arbitrary<Integer> chains() {
        return Arbitraries.integers().between(0, CHAINS.size() - 1);
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().withChars("abcfhixyzCW0123456789.,;:()[]+-= ").ofMaxLength(12),
                Arbitraries.of("σ", "⊙", "×", "−", "≈", "·", "₀", "₁", "ₜ", "ᵀ", "→", "“", "”", "\u00a0", "\u3000"),
                Arbitraries.strings().withCharRange('\u4e00', '\u4fff').ofMaxLength(6),
                Arbitraries.of("，", "。", "：", "（", "）", "Ａ"),
                Arbitraries.of("\u00ad", "\ufffc", "\u0007", "\u200b", "\u0301", "\ue000", "😀", "𝑓", "\ud800"));
        return pieces.list().ofMaxSize(16).map(list -> String.join("", list));
    }
}
