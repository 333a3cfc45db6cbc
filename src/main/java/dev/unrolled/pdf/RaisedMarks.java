package dev.unrolled.pdf;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * Where a combining mark placed above a letter (U+0300 to U+0314: grave, acute, circumflex, tilde, macron, …) follows
 * a capital, and how far to raise it. A font places such a mark for a lowercase letter and moves it up over a capital
 * through its OpenType positioning table, which PDFBox does not apply: the tilde of the candidate C̃ was drawn
 * across the top of the C, so that on paper it read as C, the cell state. Raised by the difference between the
 * font's capital height and its x-height, it sits above the capital. It is not moved along an oblique face's slant
 * (0.035 em at that height): a text extractor orders a mark by where it starts, and one that starts after the next
 * character (a subscript) is taken as that character's.
 */
final class RaisedMarks {
    private RaisedMarks() {}

    /** The index of the first mark at or after {@code from} that follows a capital, or -1. */
    static int find(String text, int from) {
        for (int i = Math.max(from, 1); i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0300' && c <= '\u0314' && Character.isUpperCase(text.codePointBefore(i))) {
                return i;
            }
        }
        return -1;
    }

    /** How far up such a mark goes, as a fraction of the font size; 0 when the font does not say. */
    static float raise(PDFont font) {
        PDFontDescriptor descriptor = font.getFontDescriptor();
        if (descriptor == null || descriptor.getCapHeight() <= descriptor.getXHeight()
                || descriptor.getXHeight() <= 0) {
            return 0;
        }
        return (descriptor.getCapHeight() - descriptor.getXHeight()) / 1000f;
    }
}
