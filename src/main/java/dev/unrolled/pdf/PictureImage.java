package dev.unrolled.pdf;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.parser.FSRGBColor;
import com.openhtmltopdf.css.value.FontSpecification;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.render.AbstractOutputDevice;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.FSFont;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.BasicStroke;
import java.awt.Rectangle;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;

/**
 * A picture in the tool's SVG subset, drawn with the page's own drawing operations: its shapes as paths and its
 * labels as text in the page's fonts, inside the figure that openhtmltopdf tags around every replaced element. This
 * does what a full SVG renderer (Batik) did for these pictures at a fraction of the cost: no SVG document, no CSS
 * engine, no Graphics2D, no separate form object per picture.
 */
final class PictureImage implements SVGDrawer.SVGImage {
    private final SvgSubset.Drawing drawing;
    private final Box box;
    private final double dotsPerPixel;

    PictureImage(SvgSubset.Drawing drawing, Box box, double dotsPerPixel) {
        this.drawing = drawing;
        this.box = box;
        this.dotsPerPixel = dotsPerPixel;
    }

    @Override
    public int getIntrinsicWidth() {
        return (int) (drawing.width() * dotsPerPixel);
    }

    @Override
    public int getIntrinsicHeight() {
        return (int) (drawing.height() * dotsPerPixel);
    }

    /**
     * Draws the view box into the element's content area, scaled to fit and centred (SVG's default
     * {@code preserveAspectRatio}); {@code x} and {@code y} are the content area's top left corner, in dots.
     */
    @Override
    public void drawSVG(OutputDevice out, RenderingContext ctx, double x, double y) {
        Rectangle area = box != null ? box.getContentAreaEdge(box.getAbsX(), box.getAbsY(), ctx)
                : new Rectangle((int) x, (int) y, getIntrinsicWidth(), getIntrinsicHeight());
        double scale = Math.min(area.width / drawing.viewWidth(), area.height / drawing.viewHeight());
        double left = x + (area.width - drawing.viewWidth() * scale) / 2 - drawing.minX() * scale;
        double top = y + (area.height - drawing.viewHeight() * scale) / 2 - drawing.minY() * scale;
        AffineTransform place = new AffineTransform(scale, 0, 0, scale, left, top);
        Stroke before = out.getStroke();
        for (SvgSubset.Mark mark : drawing.marks()) {
            if (mark instanceof SvgSubset.Figure figure) {
                draw(out, figure, place, scale);
            } else if (mark instanceof SvgSubset.Caption caption) {
                write(out, ctx, caption, place, scale);
            }
        }
        if (before != null) {
            out.setStroke(before);
        }
    }

    private static void draw(OutputDevice out, SvgSubset.Figure figure, AffineTransform place, double scale) {
        java.awt.Shape shape = place.createTransformedShape(figure.shape());
        if (figure.fill() != null) {
            out.setColor(color(figure.fill()));
            out.fill(shape);
        }
        if (figure.stroke() != null && figure.strokeWidth() > 0) {
            float[] dash = null;
            if (figure.dash() != null) {
                dash = new float[figure.dash().length];
                for (int i = 0; i < dash.length; i++) {
                    dash[i] = (float) (figure.dash()[i] * scale);
                }
            }
            out.setStroke(new BasicStroke((float) (figure.strokeWidth() * scale), BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 4f, dash, 0f));
            out.setColor(color(figure.stroke()));
            out.draw(shape);
        }
    }

    private void write(OutputDevice out, RenderingContext ctx, SvgSubset.Caption caption, AffineTransform place,
                       double scale) {
        if (caption.text().isEmpty() || caption.fill() == null) {
            return;
        }
        FontSpecification spec = new FontSpecification();
        spec.families = drawing.families();
        spec.size = (float) (caption.size() * scale);
        spec.fontWeight = caption.bold() ? IdentValue.FONT_WEIGHT_700 : IdentValue.NORMAL;
        spec.fontStyle = IdentValue.NORMAL;
        spec.variant = IdentValue.NORMAL;
        FSFont font = ctx.getFont(spec);
        double[] at = {caption.x(), caption.y()};
        place.transform(at, 0, at, 0, 1);
        double width = caption.anchor().equals("start") ? 0
                : ctx.getTextRenderer().getWidth(ctx.getFontContext(), font, caption.text());
        double x = at[0] - (caption.anchor().equals("middle") ? width / 2 : width);
        if (out instanceof AbstractOutputDevice device) {
            device.setFontSpecification(spec); // as openhtmltopdf sets it for text: it decides synthetic bold
        }
        out.setFont(font);
        out.setColor(color(caption.fill()));
        ctx.getTextRenderer().drawString(out, caption.text(), (float) x, (float) at[1]);
    }

    private static FSRGBColor color(SvgSubset.Paint paint) {
        return new FSRGBColor(paint.red(), paint.green(), paint.blue(), paint.opacity());
    }
}
