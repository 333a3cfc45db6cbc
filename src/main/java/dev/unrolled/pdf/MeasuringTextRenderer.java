package dev.unrolled.pdf;

import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.css.value.FontSpecification;
import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.TextRenderer;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.pdfboxout.FontRun;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxOutputDevice;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.render.AbstractOutputDevice;
import com.openhtmltopdf.render.FSFont;
import com.openhtmltopdf.render.FSFontMetrics;
import com.openhtmltopdf.render.JustificationInfo;
import com.openhtmltopdf.util.OpenUtil;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * openhtmltopdf's text renderer for one PDF, measuring text as the sum of its characters' widths, each asked of
 * PDFBox once per font. openhtmltopdf measures every word and every candidate line (some 14,000 strings for a
 * 20-page sheet) with {@link PDFont#getStringWidth}, which encodes the string to bytes, reads them back through a
 * CMap that tests its code space ranges with a stream per character, and throws an exception with a formatted
 * message and a stack trace when the font lacks a character (every Chinese character meets DejaVu first): a fifth
 * of everything a PDF allocated, and a tenth of its drawing time.
 *
 * <p>The sum is the one PDFBox makes: the same widths, added as floats in the same order, so every line breaks where
 * it did. A string with a character the first font lacks is measured as PdfBoxTextRenderer measures it, on the same
 * widths: a long one in three parts, a short one in runs, each character in the first font that has it (a font
 * "has" a character when PDFBox measures it without an exception, which for the tool's embedded TrueType faces is
 * openhtmltopdf's own test, a glyph in the Unicode cmap). Only a printed character no font has goes the old way. A
 * character a loaded TrueType face lacks is known from that cmap without asking PDFBox, whose refusal is an
 * exception with a formatted message and a stack trace (2,000 of them in a full build of the shipped content).
 *
 * <p>Drawing is spared the same test: PdfBoxFastOutputDevice measures every string it draws with the first font
 * only to learn whether that font has all of its characters. Here that is answered from the widths already known,
 * and such a string is handed to the device's drawing in that font directly; any other string is drawn by the
 * device as before. A mark above a capital is raised on the way (RaisedMarks).
 */
final class MeasuringTextRenderer extends PdfBoxTextRenderer {
    /** PdfBoxTextRenderer's own tolerance: a width less than this above a whole number is rounded down. */
    private static final float TEXT_MEASURING_DELTA = 0.01f;
    /** PdfBoxTextRenderer's length from which a string with characters from several fonts is measured in parts. */
    private static final int FAST_FONT_RUN_MINIMUM_LENGTH = 32;

    private final Map<PDFont, CharacterWidths> fonts = new IdentityHashMap<>();
    private final SharedContext context;
    /** The font each style's font specification resolves to, as the device was given it for that style's text. */
    private final Map<FontSpecification, PdfBoxFSFont> resolved = new IdentityHashMap<>();
    private BidiReorderer reorderer;

    MeasuringTextRenderer(SharedContext context) {
        this.context = context;
    }

    /** As openhtmltopdf's, from the faces {@link PdfFonts#forMetrics} leaves: the whole CJK face is not loaded. */
    @Override
    public FSFontMetrics getFSFontMetrics(FontContext fontContext, FSFont font, String string) {
        List<FontDescription> chain = ((PdfBoxFSFont) font).getFontDescriptions();
        List<FontDescription> measured = PdfFonts.forMetrics(chain);
        return super.getFSFontMetrics(fontContext,
                measured == chain ? font : new PdfBoxFSFont(measured, font.getSize2D()), string);
    }

    @Override
    public void drawString(OutputDevice outputDevice, String string, float x, float y) {
        draw(outputDevice, string, x, y, null);
    }

    @Override
    public void drawString(OutputDevice outputDevice, String string, float x, float y, JustificationInfo info) {
        draw(outputDevice, string, x, y, info);
    }

    /**
     * Draws as PdfBoxFastOutputDevice.drawString does. Text is drawn right after the device was given the font of
     * the text's style, resolved from the style's font specification, which the device was given too; that
     * specification is resolved here the same way (once per style), so that the first font is the device's.
     */
    private void draw(OutputDevice outputDevice, String string, float x, float y, JustificationInfo info) {
        PdfBoxOutputDevice device = (PdfBoxOutputDevice) outputDevice;
        FontSpecification specification = outputDevice instanceof AbstractOutputDevice abstractDevice
                ? abstractDevice.getFontSpecification() : null;
        if (specification != null) {
            PdfBoxFSFont font = resolved.computeIfAbsent(specification,
                    spec -> (PdfBoxFSFont) context.getFont(spec));
            List<FontDescription> descriptions = font.getFontDescriptions();
            PDFont first = descriptions.isEmpty() ? null : descriptions.get(0).getFont();
            String effective = printable(string);
            if (first != null && !Float.isNaN(widths(first).of(effective))) {
                if (info == null && RaisedMarks.find(effective, 0) >= 0) {
                    drawRaisingMarks(device, effective, x, y, descriptions.get(0), font.getSize2D());
                } else {
                    device.drawStringFast(effective, x, y, info, descriptions.get(0), font.getSize2D());
                }
                return;
            }
            if (first != null && reorderer != null && !reorderer.isLiveImplementation()) {
                drawInRuns(device, font, effective, x, y, info);
                return;
            }
        }
        device.drawString(string, x, y, info);
    }

    /**
     * Draws a string in one font as drawStringFast would, except that each mark above a capital (RaisedMarks) is
     * drawn on its own, raised to the capital's height; the text around it is drawn where it would have been.
     */
    private void drawRaisingMarks(PdfBoxOutputDevice device, String text, float x, float y,
                                  FontDescription description, float size) {
        PDFont font = description.getFont();
        CharacterWidths widths = widths(font);
        float raise = RaisedMarks.raise(font) * size;
        float offset = 0;
        int start = 0;
        for (int mark = RaisedMarks.find(text, 0); mark >= 0; mark = RaisedMarks.find(text, mark + 1)) {
            String before = text.substring(start, mark);
            String raised = text.substring(mark, mark + 1);
            device.drawStringFast(before, x + offset, y, null, description, size);
            offset += widths.of(before) / 1000f * size;
            device.drawStringFast(raised, x + offset, y - raise, null, description, size);
            offset += widths.of(raised) / 1000f * size;
            start = mark + 1;
        }
        device.drawStringFast(text.substring(start), x + offset, y, null, description, size);
    }

    /**
     * Draws a string the first font cannot draw alone as PdfBoxFastOutputDevice then does: in runs, each character
     * in the first font that has it, each run placed after the ones before by its width (and, on a justified or
     * letter-spaced line, its characters' adjustments). The runs are openhtmltopdf's own; only their widths come
     * from the widths already known, summed as PDFBox sums them, instead of from PDFont.getStringWidth.
     */
    private void drawInRuns(PdfBoxOutputDevice device, PdfBoxFSFont font, String effective, float x, float y,
                            JustificationInfo info) {
        float size = font.getSize2D();
        float offset = 0f;
        for (FontRun run : divideIntoFontRuns(font, effective, reorderer)) {
            device.drawStringFast(run.string, x + offset, y, info, run.description, size);
            PDFont runFont = run.description.getFont();
            float width = widths(runFont).of(run.string);
            if (Float.isNaN(width)) {
                try {
                    width = runFont.getStringWidth(run.string);
                } catch (IOException | IllegalArgumentException e) {
                    continue; // as the device does: the run is drawn, and the next one starts where it started
                }
            }
            if (info == null) {
                offset += width / 1000f * size;
            } else { // one sum, added at once, as the device adds it: the same rounding
                offset += width / 1000f * size + run.spaceCharacterCount * info.getSpaceAdjust()
                        + run.otherCharacterCount * info.getNonSpaceAdjust();
            }
        }
    }

    @Override
    public void setup(FontContext context, BidiReorderer reorderer) {
        super.setup(context, reorderer);
        this.reorderer = reorderer;
    }

    @Override
    public int getWidth(FontContext context, FSFont font, String string) {
        PdfBoxFSFont pdfBoxFont = (PdfBoxFSFont) font;
        List<FontDescription> descriptions = pdfBoxFont.getFontDescriptions();
        PDFont first = descriptions == null || descriptions.isEmpty() ? null : descriptions.get(0).getFont();
        if (first == null) {
            return super.getWidth(context, font, string);
        }
        String effective = printable(string);
        float width = widths(first).of(effective);
        if (Float.isNaN(width)) { // as PdfBoxTextRenderer does: a long string in three parts, a short one by font
            if (effective.length() >= FAST_FONT_RUN_MINIMUM_LENGTH) {
                int sum = 0;
                int part = effective.length() / 3;
                for (int i = 0; i < 3; i++) {
                    sum += getWidth(context, font, effective.substring(i * part, i == 2 ? effective.length()
                            : (i + 1) * part));
                }
                return sum;
            }
            width = inRuns(descriptions, effective);
            if (Float.isNaN(width)) {
                return super.getWidth(context, font, string);
            }
        }
        float result = width / 1000f * pdfBoxFont.getSize2D();
        return result - Math.floor(result) < TEXT_MEASURING_DELTA ? (int) result : (int) Math.ceil(result);
    }

    /**
     * The width of {@code text} split into runs, each character in the first font that has it, each run measured on
     * its own (PdfBoxTextRenderer.divideIntoFontRuns and getStringWidthSlow), a character openhtmltopdf never prints
     * left out if no font has it; NaN if no font has a character it prints.
     */
    private float inRuns(List<FontDescription> descriptions, String text) {
        float total = 0;
        float run = 0;
        PDFont current = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            PDFont font = null;
            float width = Float.NaN;
            boolean printed = OpenUtil.isCodePointPrintable(codePoint);
            for (FontDescription description : descriptions) {
                if (!printed && PdfFonts.isUnloadedWholeCjk(description)) {
                    continue;
                }
                PDFont candidate = description.getFont();
                width = candidate == null ? Float.NaN : widths(candidate).of(codePoint);
                if (!Float.isNaN(width)) {
                    font = candidate;
                    break;
                }
            }
            if (font == null) {
                if (!printed) {
                    continue; // as openhtmltopdf: a control character no font has takes no room
                }
                return Float.NaN;
            }
            if (font != current) {
                total += run;
                run = 0;
                current = font;
            }
            run += width;
        }
        return total + run;
    }

    /**
     * {@code text} without the characters openhtmltopdf never prints (TextRenderer.getEffectivePrintableString),
     * tested without the stream that method builds for every string it is given.
     */
    static String printable(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!OpenUtil.isSafeFontCodePointToPrint(text.charAt(i))) {
                return TextRenderer.getEffectivePrintableString(text);
            }
        }
        return text;
    }

    private CharacterWidths widths(PDFont font) {
        return fonts.computeIfAbsent(font, CharacterWidths::new);
    }

    /** One font's widths (in thousandths of the font size) by code point, NaN where the font lacks the character. */
    static final class CharacterWidths {
        private static final int PAGE_BITS = 8;
        private static final int PAGE_SIZE = 1 << PAGE_BITS;

        private final PDFont font;
        /**
         * The Unicode cmap through which PDFBox encodes a character of a loaded TrueType font (an Identity CMap, no
         * ToUnicode to fall back on): glyph 0 there is the character PDFBox refuses. Null for any other font.
         */
        private final CmapLookup lookup;
        private final float[][] widths = new float[(Character.MAX_CODE_POINT >> PAGE_BITS) + 1][];
        private final boolean[][] known = new boolean[widths.length][];

        CharacterWidths(PDFont font) {
            this.font = font;
            this.lookup = font instanceof PDType0Font type0 && type0.getDescendantFont() instanceof PDCIDFontType2
                    && type0.isEmbedded() && type0.getCMap() != null && type0.getCMap().getName() != null
                    && type0.getCMap().getName().startsWith("Identity-") ? type0.getCmapLookup() : null;
        }

        /** The width of {@code text} as PDFBox measures it, or NaN if the font lacks one of its characters. */
        float of(String text) {
            float sum = 0;
            for (int i = 0; i < text.length(); ) {
                int codePoint = text.codePointAt(i);
                float width = of(codePoint);
                if (Float.isNaN(width)) {
                    return Float.NaN;
                }
                sum += width;
                i += Character.charCount(codePoint);
            }
            return sum;
        }

        float of(int codePoint) {
            int page = codePoint >> PAGE_BITS;
            int slot = codePoint & (PAGE_SIZE - 1);
            if (widths[page] == null) {
                widths[page] = new float[PAGE_SIZE];
                known[page] = new boolean[PAGE_SIZE];
            }
            if (!known[page][slot]) {
                widths[page][slot] = measure(codePoint);
                known[page][slot] = true;
            }
            return widths[page][slot];
        }

        private float measure(int codePoint) {
            if (lookup != null && lookup.getGlyphId(codePoint) == 0) {
                return Float.NaN; // what getStringWidth would say by throwing (a formatted message, a stack trace)
            }
            try {
                return font.getStringWidth(Character.toString(codePoint));
            } catch (IllegalArgumentException | IOException e) {
                return Float.NaN; // not in this font (or unreadable): the caller measures the old way
            }
        }
    }
}
