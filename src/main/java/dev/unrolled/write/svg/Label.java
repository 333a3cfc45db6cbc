package dev.unrolled.write.svg;

/**
 * A line of text in a picture, with the box it is estimated to occupy. Widths are estimated from the characters
 * (the fonts are known: DejaVu Sans, and a CJK font for Chinese), so that layouts can be checked for overlaps
 * without a renderer.
 *
 * @param anchor start, middle or end, as SVG's text-anchor
 */
public record Label(String text, double x, double y, double size, String anchor, boolean bold) {
    /** The estimated width of {@code text} at {@code size} px, in DejaVu Sans (CJK characters are square). */
    public static double width(String text, double size) {
        double em = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (cp >= 0x2E80) {
                em += 1.0;
            } else if (cp >= 0x2080 && cp <= 0x209C) {
                em += 0.42;
            } else if ("il.,;:!|'[]()".indexOf(cp) >= 0) {
                em += 0.36;
            } else if ("mwMW".indexOf(cp) >= 0) {
                em += 0.9;
            } else {
                em += 0.64;
            }
        }
        return em * size;
    }

    public Box box() {
        double w = width(text, size) * (bold ? 1.08 : 1.0);
        double left = switch (anchor) {
            case "middle" -> x - w / 2;
            case "end" -> x - w;
            default -> x;
        };
        return new Box(left, y - size * 0.8, w, size * 1.05);
    }
}
