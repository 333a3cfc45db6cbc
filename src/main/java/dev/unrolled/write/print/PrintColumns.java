package dev.unrolled.write.print;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How wide a table's columns print and how its value columns are grouped so that each group fits across the page, for
 * the table macros (as {@code columns}). A printed page cannot scroll sideways: a table wider than the page (the
 * weights of an example with many units or features, every unit's gates) is printed as several tables, each with
 * the row labels and a group of value columns. Web pages and the Markdown export keep one table, which scrolls.
 *
 * <p>Widths are estimates in points, erring wide, from DejaVu Sans's advances (digits 0.64 em, the minus sign 0.84,
 * lowercase letters about 0.62, capitals about 0.72, Chinese 1) at print.css's 8.5 pt, a heading in bold a tenth
 * wider, plus the cell's padding; a column is as wide as the widest text in it that cannot wrap (a number, a word; a
 * heading wraps at its spaces and between Chinese characters).
 */
public final class PrintColumns {
    /** An A4 page less print.css's 17 mm side margins (176 mm, the narrower of the two papers), less a little. */
    static final double PAGE = 176 / 25.4 * 72 - 6;
    private static final double SIZE = 8.5;
    private static final double PADDING = 8;
    private static final double BOLD = 1.1;

    private final boolean print;

    /** Groups for a printed page when {@code print}, else one group of every column. */
    public PrintColumns(boolean print) {
        this.print = print;
    }

    /** The width of a column with this heading and these cells, padding included. */
    public double width(List<?> cells, String heading) {
        double widest = unbreakable(heading) * BOLD;
        for (Object cell : cells) {
            widest = Math.max(widest, unbreakable(String.valueOf(cell)));
        }
        return widest * SIZE + PADDING;
    }

    /**
     * The value columns 0..n−1 (of these widths) in as few groups of nearly equal count as fit beside the row labels
     * ({@code labels} wide); a column too wide to share the page stands alone.
     */
    public List<List<Integer>> groups(List<? extends Number> widths, Number labels) {
        int count = widths.size();
        if (!print || count == 0) {
            return List.of(IntStream.range(0, count).boxed().toList());
        }
        double room = PAGE - labels.doubleValue();
        for (int parts = 1; parts < count; parts++) {
            int size = (count + parts - 1) / parts;
            List<List<Integer>> groups = new ArrayList<>();
            boolean fits = true;
            for (int start = 0; start < count; start += size) {
                int end = Math.min(count, start + size);
                double sum = 0;
                for (int i = start; i < end; i++) {
                    sum += widths.get(i).doubleValue();
                }
                fits &= sum <= room;
                groups.add(IntStream.range(start, end).boxed().toList());
            }
            if (fits) {
                return groups;
            }
        }
        return IntStream.range(0, count).mapToObj(List::of).toList();
    }

    /** The widest part of {@code text} that cannot wrap, in em. */
    static double unbreakable(String text) {
        double widest = 0;
        double piece = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c)) {
                piece = 0;
            } else if (c >= 0x2e80) { // CJK: a line may break on either side
                piece = 1;
                widest = Math.max(widest, piece);
                piece = 0;
            } else {
                piece += advance(c);
                widest = Math.max(widest, piece);
            }
        }
        return widest;
    }

    private static double advance(int c) {
        if (c >= '0' && c <= '9') {
            return 0.64;
        }
        if (c == '.' || c == ',' || c == ':' || c == ';' || c == '\'') {
            return 0.32;
        }
        if (c == '−' || c == '+' || c == '=' || c == '×') {
            return 0.84;
        }
        if (Character.isUpperCase(c) || c == 'm' || c == 'w') {
            return c == 'm' || c == 'M' || c == 'W' ? 1.0 : 0.72;
        }
        return 0.62;
    }
}
