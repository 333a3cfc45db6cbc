package dev.unrolled.pdf;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Reads an SVG element written in the small subset the tool's pictures use (lines, polylines, polygons, rectangles,
 * circles and one-line texts, each painted by its own attributes) into shapes and labels that can be drawn straight
 * onto a PDF page. Anything outside that subset (another element, an attribute not listed here, a value it cannot
 * read exactly, such as a named colour or a unit) makes the whole picture unreadable here, so that a full SVG
 * renderer draws it instead: a picture is never drawn half right.
 */
final class SvgSubset {
    /** A colour with its opacity. */
    record Paint(int red, int green, int blue, float opacity) {}

    /** One thing drawn, in the picture's own units, in document order. */
    sealed interface Mark permits Figure, Caption {}

    /** A shape, filled and then stroked; {@code fill} or {@code stroke} is null when not painted. */
    record Figure(Shape shape, Paint fill, Paint stroke, double strokeWidth, float[] dash) implements Mark {}

    /** A line of text whose baseline starts, centres or ends (by {@code anchor}) at x, y. */
    record Caption(String text, double x, double y, double size, boolean bold, String anchor, Paint fill)
            implements Mark {}

    /** The picture: its view box, its size in CSS pixels, the font families its text asks for, what it draws. */
    record Drawing(double minX, double minY, double viewWidth, double viewHeight, double width, double height,
                   String[] families, List<Mark> marks) {}

    private static final Set<String> ROOT = Set.of("xmlns", "class", "viewbox", "width", "height", "role",
            "aria-labelledby", "font-family", "alt", "id");
    private static final Set<String> PAINT = Set.of("fill", "stroke", "stroke-width", "stroke-opacity",
            "fill-opacity", "stroke-dasharray");
    private static final Map<String, Set<String>> GEOMETRY = Map.of(
            "line", Set.of("x1", "y1", "x2", "y2"),
            "polyline", Set.of("points"),
            "polygon", Set.of("points"),
            "rect", Set.of("x", "y", "width", "height", "rx", "ry"),
            "circle", Set.of("cx", "cy", "r"),
            "text", Set.of("x", "y", "font-size", "font-weight", "text-anchor"));
    private static final Paint BLACK = new Paint(0, 0, 0, 1);
    private static final Pattern COLOUR = Pattern.compile("#([0-9a-f]{3}|[0-9a-f]{6})");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,]+");

    private SvgSubset() {}

    /** The drawing, or empty when {@code svg} uses anything outside the subset. */
    static Optional<Drawing> read(Element svg) {
        try {
            return Optional.of(drawing(svg));
        } catch (Outside e) {
            return Optional.empty();
        }
    }

    private static Drawing drawing(Element svg) {
        allowOnly(svg, ROOT);
        String[] box = SEPARATORS.split(svg.getAttribute(name(svg, "viewbox")).trim());
        if (box.length != 4) {
            throw new Outside();
        }
        double width = number(svg.getAttribute("width"));
        double height = number(svg.getAttribute("height"));
        String family = svg.getAttribute("font-family");
        List<Mark> marks = new ArrayList<>();
        for (Node child = svg.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                String tag = tag(element);
                if (!tag.equals("title") && !tag.equals("desc")) {
                    marks.add(mark(element, tag));
                }
            } else if (!blank(child)) {
                throw new Outside();
            }
        }
        Drawing drawing = new Drawing(number(box[0]), number(box[1]), number(box[2]), number(box[3]), width, height,
                families(family), marks);
        if (drawing.viewWidth() <= 0 || drawing.viewHeight() <= 0 || width <= 0 || height <= 0) {
            throw new Outside();
        }
        return drawing;
    }

    private static Mark mark(Element element, String tag) {
        Set<String> geometry = GEOMETRY.get(tag);
        if (geometry == null) {
            throw new Outside();
        }
        allowOnly(element, geometry, PAINT);
        Paint fill = paint(element, "fill", "fill-opacity", BLACK);
        if (tag.equals("text")) {
            return caption(element, fill);
        }
        titlesOnly(element);
        Shape shape = switch (tag) {
            case "line" -> new Line2D.Double(number(element, "x1"), number(element, "y1"), number(element, "x2"),
                    number(element, "y2"));
            case "polyline", "polygon" -> path(element.getAttribute("points"), tag.equals("polygon"));
            case "rect" -> rect(element);
            default -> {
                double r = number(element, "r");
                yield new Ellipse2D.Double(number(element, "cx") - r, number(element, "cy") - r, 2 * r, 2 * r);
            }
        };
        Paint stroke = paint(element, "stroke", "stroke-opacity", null);
        double strokeWidth = element.hasAttribute("stroke-width") ? number(element, "stroke-width") : 1;
        return new Figure(shape, tag.equals("line") ? null : fill, stroke, strokeWidth, dash(element));
    }

    private static Caption caption(Element text, Paint fill) {
        StringBuilder words = new StringBuilder();
        for (Node child = text.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() != Node.TEXT_NODE) {
                throw new Outside();
            }
            words.append(child.getNodeValue());
        }
        String weight = text.getAttribute("font-weight");
        if (!weight.isEmpty() && !weight.equals("bold") && !weight.equals("700") && !weight.equals("normal")
                && !weight.equals("400")) {
            throw new Outside();
        }
        String anchor = text.hasAttribute("text-anchor") ? text.getAttribute("text-anchor") : "start";
        if (!Set.of("start", "middle", "end").contains(anchor) || text.hasAttribute("stroke")) {
            throw new Outside();
        }
        String size = text.getAttribute("font-size");
        size = size.endsWith("px") ? size.substring(0, size.length() - 2) : size;
        return new Caption(words.toString().strip().replaceAll("\\s+", " "), number(text, "x"), number(text, "y"),
                number(size), weight.equals("bold") || weight.equals("700"), anchor, fill);
    }

    private static Shape rect(Element rect) {
        double x = number(rect, "x");
        double y = number(rect, "y");
        double w = number(rect, "width");
        double h = number(rect, "height");
        double rx = rect.hasAttribute("rx") ? number(rect, "rx") : rect.hasAttribute("ry") ? number(rect, "ry") : 0;
        double ry = rect.hasAttribute("ry") ? number(rect, "ry") : rx;
        rx = Math.min(rx, w / 2);
        ry = Math.min(ry, h / 2);
        return rx > 0 || ry > 0 ? new RoundRectangle2D.Double(x, y, w, h, 2 * rx, 2 * ry)
                : new Rectangle2D.Double(x, y, w, h);
    }

    private static Shape path(String points, boolean closed) {
        String[] numbers = SEPARATORS.split(points.trim());
        if (numbers.length < 4 || numbers.length % 2 != 0) {
            throw new Outside();
        }
        Path2D.Double path = new Path2D.Double();
        path.moveTo(number(numbers[0]), number(numbers[1]));
        for (int i = 2; i < numbers.length; i += 2) {
            path.lineTo(number(numbers[i]), number(numbers[i + 1]));
        }
        if (closed) {
            path.closePath();
        }
        return path;
    }

    private static float[] dash(Element element) {
        String value = element.getAttribute("stroke-dasharray").trim();
        if (value.isEmpty() || value.equals("none")) {
            return null;
        }
        String[] parts = SEPARATORS.split(value);
        float[] dash = new float[parts.length % 2 == 0 ? parts.length : 2 * parts.length];
        for (int i = 0; i < dash.length; i++) {
            dash[i] = (float) number(parts[i % parts.length]);
        }
        return dash;
    }

    /** The colour of {@code attribute} (#rgb or #rrggbb), null for "none", {@code absent} when not given. */
    private static Paint paint(Element element, String attribute, String opacity, Paint absent) {
        if (!element.hasAttribute(attribute)) {
            return absent == null ? null : withOpacity(absent, element, opacity);
        }
        String value = element.getAttribute(attribute).trim().toLowerCase(Locale.ROOT);
        if (value.equals("none")) {
            return null;
        }
        if (!COLOUR.matcher(value).matches()) {
            throw new Outside();
        }
        String hex = value.length() == 4
                ? "" + value.charAt(1) + value.charAt(1) + value.charAt(2) + value.charAt(2) + value.charAt(3)
                        + value.charAt(3)
                : value.substring(1);
        int rgb = Integer.parseInt(hex, 16);
        return withOpacity(new Paint(rgb >> 16, rgb >> 8 & 0xff, rgb & 0xff, 1), element, opacity);
    }

    private static Paint withOpacity(Paint paint, Element element, String opacity) {
        if (!element.hasAttribute(opacity)) {
            return paint;
        }
        double alpha = number(element, opacity);
        if (alpha < 0 || alpha > 1) {
            throw new Outside();
        }
        return new Paint(paint.red(), paint.green(), paint.blue(), (float) alpha);
    }

    private static String[] families(String list) {
        List<String> families = new ArrayList<>();
        for (String family : list.split(",")) {
            String name = family.strip();
            if (name.length() > 1 && (name.startsWith("\"") || name.startsWith("'"))) {
                name = name.substring(1, name.length() - 1);
            }
            if (!name.isEmpty()) {
                families.add(name);
            }
        }
        return families.toArray(String[]::new);
    }

    private static void allowOnly(Element element, Set<String> allowed) {
        allowOnly(element, allowed, Set.of());
    }

    private static void allowOnly(Element element, Set<String> allowed, Set<String> alsoAllowed) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            String attribute = attributes.item(i).getNodeName().toLowerCase(Locale.ROOT);
            if (!allowed.contains(attribute) && !alsoAllowed.contains(attribute)) {
                throw new Outside();
            }
        }
    }

    /** A shape may hold a tooltip (title) and nothing else. */
    private static void titlesOnly(Element shape) {
        for (Node child = shape.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element ? !tag(element).equals("title") : !blank(child)) {
                throw new Outside();
            }
        }
    }

    private static boolean blank(Node node) {
        return node.getNodeType() == Node.COMMENT_NODE
                || node.getNodeType() == Node.TEXT_NODE && node.getNodeValue().isBlank();
    }

    private static String tag(Element element) {
        String local = element.getLocalName();
        return (local != null ? local : element.getTagName()).toLowerCase(Locale.ROOT);
    }

    /** The attribute's name as the element spells it (HTML parsers lower-case {@code viewBox}). */
    private static String name(Element element, String lowerCase) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            String attribute = attributes.item(i).getNodeName();
            if (attribute.toLowerCase(Locale.ROOT).equals(lowerCase)) {
                return attribute;
            }
        }
        throw new Outside();
    }

    private static double number(Element element, String attribute) {
        if (!element.hasAttribute(attribute)) {
            throw new Outside();
        }
        return number(element.getAttribute(attribute));
    }

    /** A plain decimal number (no unit, no exponent). */
    private static double number(String text) {
        String value = text.trim();
        if (!NUMBER.matcher(value).matches()) {
            throw new Outside();
        }
        return Double.parseDouble(value);
    }

    /** Thrown, without a stack trace, at the first thing outside the subset. */
    private static final class Outside extends RuntimeException {
        Outside() {
            super(null, null, false, false);
        }
    }
}
