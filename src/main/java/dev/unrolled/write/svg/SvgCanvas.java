package dev.unrolled.write.svg;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects shapes and labels and writes them as one SVG element on a single line (so Markdown passes it through as
 * an HTML block). Text is escaped; numbers are written with two decimals at most so the output is stable.
 * Font sizes avoid 12 exactly: Batik, which draws a picture in a PDF when a print stylesheet reaches into it, draws
 * file-registered fonts at size 12 about 1 pt tall.
 */
final class SvgCanvas {
    /**
     * The labels' faces: the PDFs' own first (a picture file opened on its own), then the usual system Chinese faces
     * and the site's shipped one ("Unrolled CJK", see style.css), which a browser fetches only where the system has
     * none of those, and system-ui only after them (before them, Chromium drew some Chinese as empty boxes).
     */
    static final String FONT = "DejaVu Sans, Droid Sans Fallback, Noto Sans CJK SC, PingFang SC, Microsoft YaHei, "
            + "Unrolled CJK, system-ui, sans-serif";

    private final double width;
    private final double height;
    private final StringBuilder body = new StringBuilder();
    private final List<Label> labels = new ArrayList<>();
    private final List<Box> shapes = new ArrayList<>();

    SvgCanvas(double width, double height) {
        this.width = width;
        this.height = height;
    }

    /** A coordinate with at most two decimals and no trailing zeros: 12, 12.5, 12.25, −3 as "-3". */
    static String n(double value) {
        long hundredths = Math.round(value * 100);
        if (hundredths == 0) {
            return "0";
        }
        StringBuilder out = new StringBuilder(12);
        if (hundredths < 0) {
            out.append('-');
            hundredths = -hundredths;
        }
        out.append(hundredths / 100);
        long fraction = hundredths % 100;
        if (fraction != 0) {
            out.append('.').append(fraction / 10);
            if (fraction % 10 != 0) {
                out.append(fraction % 10);
            }
        }
        return out.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A straight line; {@code style} holds stroke attributes. */
    void line(double x1, double y1, double x2, double y2, String style) {
        body.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" ").append(style).append("/>");
        shapes.add(new Box(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1)));
    }

    void polyline(List<double[]> points, String style) {
        StringBuilder coordinates = new StringBuilder();
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] p : points) {
            coordinates.append(coordinates.length() == 0 ? "" : " ").append(n(p[0])).append(',').append(n(p[1]));
            minX = Math.min(minX, p[0]);
            minY = Math.min(minY, p[1]);
            maxX = Math.max(maxX, p[0]);
            maxY = Math.max(maxY, p[1]);
        }
        body.append("<polyline fill=\"none\" points=\"").append(coordinates).append("\" ").append(style).append("/>");
        shapes.add(new Box(minX, minY, maxX - minX, maxY - minY));
    }

    void rect(double x, double y, double w, double h, String style) {
        body.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append("\" ").append(style).append("/>");
        shapes.add(new Box(x, y, w, h));
    }

    void circle(double cx, double cy, double r, String style) {
        body.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
                .append("\" ").append(style).append("/>");
        shapes.add(new Box(cx - r, cy - r, 2 * r, 2 * r));
    }

    /** A marker with a tooltip (its value), for charts. */
    void marker(double cx, double cy, String shape, String fill, String title) {
        double r = 3.5;
        String tooltip = "<title>" + escape(title) + "</title>";
        switch (shape) {
            case "square" -> body.append("<rect x=\"").append(n(cx - r)).append("\" y=\"").append(n(cy - r))
                    .append("\" width=\"").append(n(2 * r)).append("\" height=\"").append(n(2 * r))
                    .append("\" fill=\"").append(fill).append("\">").append(tooltip).append("</rect>");
            case "triangle" -> body.append("<polygon points=\"").append(n(cx)).append(',').append(n(cy - r - 0.6))
                    .append(' ').append(n(cx + r + 0.6)).append(',').append(n(cy + r)).append(' ')
                    .append(n(cx - r - 0.6)).append(',').append(n(cy + r)).append("\" fill=\"").append(fill)
                    .append("\">").append(tooltip).append("</polygon>");
            case "diamond" -> body.append("<polygon points=\"").append(n(cx)).append(',').append(n(cy - r - 1))
                    .append(' ').append(n(cx + r + 1)).append(',').append(n(cy)).append(' ').append(n(cx)).append(',')
                    .append(n(cy + r + 1)).append(' ').append(n(cx - r - 1)).append(',').append(n(cy))
                    .append("\" fill=\"").append(fill).append("\">").append(tooltip).append("</polygon>");
            default -> body.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"")
                    .append(n(r)).append("\" fill=\"").append(fill).append("\">").append(tooltip).append("</circle>");
        }
        shapes.add(new Box(cx - r - 1, cy - r - 1, 2 * r + 2, 2 * r + 2));
    }

    void text(Label label, String fill) {
        body.append("<text x=\"").append(n(label.x())).append("\" y=\"").append(n(label.y()))
                .append("\" font-size=\"").append(n(label.size())).append("px\"");
        if (!label.anchor().equals("start")) {
            body.append(" text-anchor=\"").append(label.anchor()).append('"');
        }
        if (label.bold()) {
            body.append(" font-weight=\"bold\"");
        }
        body.append(" fill=\"").append(fill).append("\">").append(escape(label.text())).append("</text>");
        labels.add(label);
    }

    /** The finished picture; {@code id} makes the title and description ids unique on the page. */
    Picture finish(String id, String title, String description) {
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"picture\" viewBox=\"0 0 ")
                .append(n(width)).append(' ').append(n(height)).append("\" width=\"").append(n(width))
                .append("\" height=\"").append(n(height)).append("\" role=\"img\" aria-labelledby=\"").append(id)
                .append("-title ").append(id).append("-desc\"");
        svg.append(" font-family=\"").append(FONT).append("\"><title id=\"").append(id).append("-title\">")
                .append(escape(title)).append("</title><desc id=\"").append(id).append("-desc\">")
                .append(escape(description)).append("</desc>").append(body).append("</svg>");
        return new Picture(svg.toString(), new Box(0, 0, width, height), labels, shapes, title, description);
    }
}
