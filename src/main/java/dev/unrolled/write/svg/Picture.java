package dev.unrolled.write.svg;

import java.util.List;

/**
 * A drawn picture: its SVG markup, plus what tests check without rendering it: the view box, every text label and
 * every shape's bounds.
 */
public record Picture(String svg, Box view, List<Label> labels, List<Box> shapes, String title, String description) {
    public Picture {
        labels = List.copyOf(labels);
        shapes = List.copyOf(shapes);
    }

    /** The SVG with an alt attribute (title and description), which the PDF's tagging reads for the figure. */
    public String svgWithAlt() {
        return svg.replaceFirst("^<svg ", java.util.regex.Matcher.quoteReplacement(
                "<svg alt=\"" + SvgCanvas.escape(title + ". " + description) + "\" "));
    }
}
