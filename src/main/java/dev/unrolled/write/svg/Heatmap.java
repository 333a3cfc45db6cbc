package dev.unrolled.write.svg;

import java.util.List;

/**
 * A grid of values over the words of a sentence, one row per quantity and unit, for runs with too many hidden units
 * for lines: each cell is shaded by its value (orange above zero, blue below, lighter near zero, so the sign also
 * reads in greyscale by the cell's text) and carries the value as its tooltip and, when wide enough, as text.
 */
final class Heatmap {
    private static final double LEFT = 70;
    private static final double ROW = 15;
    private static final double TEXT = 9.5;

    /** One row: its label, and per word the value and its tooltip. */
    record Row(String label, List<Double> values, List<String> shown, List<String> tooltips) {}

    private Heatmap() {}

    static Picture draw(String id, String title, String description, List<String> words, List<Row> rows,
                        double scale) {
        double width = LineChart.WIDTH;
        double top = 34;
        double cell = (width - LEFT - 10) / words.size();
        double height = top + rows.size() * ROW + 10;
        SvgCanvas canvas = new SvgCanvas(width, height);
        int every = 1;
        while (every < words.size() && !wordsFit(words, cell, every)) {
            every++;
        }
        for (int t = 0; t < words.size(); t += every) {
            canvas.text(new Label(LineChart.shorten(words.get(t)), LEFT + (t + 0.5) * cell, top - 8, TEXT,
                    "middle", false), "#333333");
        }
        boolean values = cell >= Label.width("−0.000", TEXT) + 4;
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            double y = top + r * ROW;
            canvas.text(new Label(row.label(), LEFT - 6, y + ROW - 4, TEXT, "end", false), "#222222");
            for (int t = 0; t < words.size(); t++) {
                double v = Math.max(-1, Math.min(1, row.values().get(t) / scale));
                canvas.rect(LEFT + t * cell, y, cell, ROW, "fill=\"" + shade(v) + "\" stroke=\"#ffffff\" "
                        + "stroke-width=\"0.5\"");
                if (values) {
                    canvas.text(new Label(row.shown().get(t), LEFT + (t + 0.5) * cell, y + ROW - 4, TEXT, "middle",
                            false), Math.abs(v) > 0.6 ? "#ffffff" : "#111111");
                }
            }
        }
        return canvas.finish(id, title, description + " " + String.join("; ", rows.stream()
                .map(r -> r.label() + ": " + String.join(", ", r.tooltips())).toList()));
    }

    private static boolean wordsFit(List<String> words, double cell, int every) {
        for (int t = 0; t < words.size(); t += every) {
            if (Label.width(LineChart.shorten(words.get(t)), TEXT) + 4 > cell * every) {
                return false;
            }
        }
        return true;
    }

    /** Orange for positive, blue for negative, white at zero. */
    static String shade(double v) {
        int[] end = v >= 0 ? new int[] {196, 90, 20} : new int[] {31, 78, 153};
        double a = Math.abs(v);
        int r = (int) Math.round(255 + (end[0] - 255) * a);
        int g = (int) Math.round(255 + (end[1] - 255) * a);
        int b = (int) Math.round(255 + (end[2] - 255) * a);
        return String.format("#%02x%02x%02x", r, g, b);
    }
}
