package dev.unrolled.write.svg;

import java.util.ArrayList;
import java.util.List;

/**
 * A line chart over the words of a sentence: one line per series, a marker per word carrying the exact value as its
 * tooltip, a legend that wraps, y ticks with grid lines, and word labels on the x axis that are thinned out so
 * they never overlap.
 */
final class LineChart {
    static final double WIDTH = 780;
    private static final double LEFT = 46;
    private static final double RIGHT = 16;
    private static final double PLOT_HEIGHT = 210;
    private static final double LEGEND_SIZE = 11.5;
    private static final double TICK_SIZE = 10.5;

    /** One line: its legend name, how it is drawn, and per word the value and its tooltip text. */
    record Series(String name, Style style, String marker, List<Double> values, List<String> tooltips) {}

    private LineChart() {}

    static Picture draw(String id, String title, String description, List<String> words, List<Series> series,
                        double yMin, double yMax, double tickStep) {
        // legend rows first: they decide where the plot starts
        List<List<Integer>> rows = new ArrayList<>();
        List<Integer> row = new ArrayList<>();
        double used = LEFT;
        for (int s = 0; s < series.size(); s++) {
            double entry = 34 + Label.width(series.get(s).name(), LEGEND_SIZE) + 16;
            if (!row.isEmpty() && used + entry > WIDTH - RIGHT) {
                rows.add(row);
                row = new ArrayList<>();
                used = LEFT;
            }
            row.add(s);
            used += entry;
        }
        rows.add(row);
        double top = 14 + rows.size() * 18 + 8;
        double bottom = top + PLOT_HEIGHT;
        double height = bottom + 34;
        SvgCanvas canvas = new SvgCanvas(WIDTH, height);

        double legendY = 18;
        for (List<Integer> line : rows) {
            double x = LEFT;
            for (int s : line) {
                Series one = series.get(s);
                canvas.line(x, legendY - 4, x + 26, legendY - 4, one.style().stroke(2, 1));
                canvas.marker(x + 13, legendY - 4, one.marker(), one.style().color, one.name());
                canvas.text(new Label(one.name(), x + 32, legendY, LEGEND_SIZE, "start", false), "#222222");
                x += 34 + Label.width(one.name(), LEGEND_SIZE) + 16;
            }
            legendY += 18;
        }

        double plotRight = WIDTH - RIGHT;
        for (double tick = yMin; tick <= yMax + 1e-9; tick += tickStep) {
            double y = y(tick, yMin, yMax, top, bottom);
            boolean zero = Math.abs(tick) < 1e-9;
            canvas.line(LEFT, y, plotRight, y, zero ? "stroke=\"#777777\" stroke-width=\"1\""
                    : "stroke=\"#dddddd\" stroke-width=\"0.8\"");
            canvas.text(new Label(tickLabel(tick), LEFT - 6, y + 3.5, TICK_SIZE, "end", false), "#555555");
        }

        int count = words.size();
        double step = count > 1 ? (plotRight - LEFT - 24) / (count - 1) : 0;
        double[] xs = new double[count];
        for (int t = 0; t < count; t++) {
            xs[t] = count > 1 ? LEFT + 12 + t * step : (LEFT + plotRight) / 2;
        }
        List<String> shown = words.stream().map(LineChart::shorten).toList();
        int every = 1;
        while (every < count && !labelsFit(shown, xs, every)) {
            every++;
        }
        for (int t = 0; t < count; t += every) {
            canvas.line(xs[t], bottom, xs[t], bottom + 4, "stroke=\"#777777\" stroke-width=\"1\"");
            canvas.text(new Label(shown.get(t), xs[t], bottom + 17, TICK_SIZE, "middle", false), "#333333");
        }

        for (Series one : series) {
            List<double[]> points = new ArrayList<>();
            for (int t = 0; t < count; t++) {
                points.add(new double[] {xs[t], y(one.values().get(t), yMin, yMax, top, bottom)});
            }
            if (count > 1) {
                canvas.polyline(points, one.style().stroke(1.8, 0.9));
            }
            for (int t = 0; t < count; t++) {
                canvas.marker(points.get(t)[0], points.get(t)[1], one.marker(), one.style().color,
                        one.tooltips().get(t));
            }
        }
        return canvas.finish(id, title, description);
    }

    /** A word as an axis label: at most 12 characters (the tooltip has it whole). */
    static String shorten(String word) {
        return word.codePointCount(0, word.length()) <= 12 ? word
                : word.substring(0, word.offsetByCodePoints(0, 11)) + "…";
    }

    private static boolean labelsFit(List<String> words, double[] xs, int every) {
        double previousRight = -Double.MAX_VALUE;
        for (int t = 0; t < words.size(); t += every) {
            double half = Label.width(words.get(t), TICK_SIZE) / 2;
            if (xs[t] - half < previousRight + 6 || xs[t] - half < 0 || xs[t] + half > WIDTH) {
                return false;
            }
            previousRight = xs[t] + half;
        }
        return true;
    }

    static double y(double value, double min, double max, double top, double bottom) {
        return bottom - (value - min) / (max - min) * (bottom - top);
    }

    private static String tickLabel(double tick) {
        String text = SvgCanvas.n(tick);
        return text.startsWith("-") ? "−" + text.substring(1) : text;
    }
}
