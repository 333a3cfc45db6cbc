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
}
