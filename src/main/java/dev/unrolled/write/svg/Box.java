package dev.unrolled.write.svg;

/** An axis-aligned rectangle in picture coordinates (y grows downwards, as in SVG). */
public record Box(double x, double y, double width, double height) {
    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public boolean overlaps(Box other) {
        return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
    }

    public boolean inside(Box outer) {
        return x >= outer.x - 1e-9 && y >= outer.y - 1e-9 && right() <= outer.right() + 1e-9
                && bottom() <= outer.bottom() + 1e-9;
    }
}
