package dev.unrolled.write.svg;

import dev.unrolled.example.Gate;

/**
 * How each gate is drawn. Colours differ in hue and lightness, and every gate also has its own dash pattern and
 * marker shape, so the pictures stay readable when printed in greyscale.
 */
enum Style {
    FORGET("#1f4e99", "", "circle"),
    INPUT("#b8500f", "stroke-dasharray=\"7 3\"", "square"),
    CANDIDATE("#3b8a3e", "stroke-dasharray=\"2 2.5\"", "triangle"),
    OUTPUT("#7b3f99", "stroke-dasharray=\"9 3 2 3\"", "diamond"),
    MEMORY("#222222", "", "circle"),
    HIDDEN("#888888", "stroke-dasharray=\"5 2\"", "square");

    final String color;
    final String dash;
    final String marker;

    Style(String color, String dash, String marker) {
        this.color = color;
        this.dash = dash;
        this.marker = marker;
    }

    static Style of(Gate gate) {
        return switch (gate) {
            case FORGET -> FORGET;
            case INPUT -> INPUT;
            case CANDIDATE -> CANDIDATE;
            case OUTPUT -> OUTPUT;
        };
    }

    String stroke(double width, double opacity) {
        return "stroke=\"" + color + "\" stroke-width=\"" + SvgCanvas.n(width) + "\" stroke-opacity=\""
                + SvgCanvas.n(opacity) + "\"" + (dash.isEmpty() ? "" : " " + dash);
    }
}
