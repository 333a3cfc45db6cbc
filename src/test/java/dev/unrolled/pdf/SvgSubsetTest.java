package dev.unrolled.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unrolled.example.Mode;
import dev.unrolled.testing.Traces;
import dev.unrolled.trace.Step;
import dev.unrolled.trace.Trace;
import dev.unrolled.write.svg.Box;
import dev.unrolled.write.svg.CellDiagram;
import dev.unrolled.write.svg.Charts;
import dev.unrolled.write.svg.Label;
import dev.unrolled.write.svg.Picture;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

/**
 * Every picture the tool draws is read whole, each mark where the picture's own record of its shapes and labels says
 * it is; anything outside the subset is left to Batik rather than drawn half right.
 */
class SvgSubsetTest {
    /** The element as the PDF renderer sees it: the print page parsed by jsoup and turned into a W3C DOM. */
    private static Element element(String svg) {
        org.w3c.dom.Document document = new W3CDom().fromJsoup(Jsoup.parse("<html><body><figure>" + svg
                + "</figure></body></html>"));
        return (Element) document.getElementsByTagName("svg").item(0);
    }

    private static Optional<SvgSubset.Drawing> read(String svg) {
        return SvgSubset.read(element(svg));
    }

    private static List<Picture> everyKindOfPicture() {
        List<Picture> pictures = new ArrayList<>();
        for (Trace trace : List.of(Traces.shipped("alice", Mode.HAND), Traces.shipped("keys", Mode.EXACT),
                Traces.random(6, 3, 5))) {
            for (Step step : trace.steps()) {
                pictures.add(new CellDiagram(trace, Traces.ZH).draw(step));
            }
            Charts charts = new Charts(trace, Traces.EN);
            pictures.add(charts.gates());
            pictures.add(charts.states());
        }
        return pictures;
    }

    @Test
    void everyPictureTheToolDrawsIsReadWithEveryShapeAndLabelInPlace() {
        List<Picture> pictures = everyKindOfPicture();
        assertTrue(pictures.stream().anyMatch(p -> p.svg().contains("<polyline")), "a line chart");
        assertTrue(pictures.stream().anyMatch(p -> p.svg().contains("<rect") && !p.svg().contains("<polyline")
                && p.title().equals("Gates")), "a heatmap");
        for (Picture picture : pictures) {
            SvgSubset.Drawing drawing = read(picture.svgWithAlt()).orElseThrow(() -> new AssertionError(
                    "not read: " + picture.title()));
            assertEquals(picture.view().width(), drawing.viewWidth(), 0.005);
            assertEquals(picture.view().height(), drawing.viewHeight(), 0.005);
            assertEquals(picture.view().width(), drawing.width(), 0.005);
            assertArrayEquals(new String[] {"DejaVu Sans", "Droid Sans Fallback", "Noto Sans CJK SC", "PingFang SC",
                    "Microsoft YaHei", "Unrolled CJK", "system-ui", "sans-serif"}, drawing.families());
            List<SvgSubset.Figure> figures = new ArrayList<>();
            List<SvgSubset.Caption> captions = new ArrayList<>();
            for (SvgSubset.Mark mark : drawing.marks()) {
                if (mark instanceof SvgSubset.Figure figure) {
                    figures.add(figure);
                } else {
                    captions.add((SvgSubset.Caption) mark);
                }
            }
            assertEquals(picture.shapes().size(), figures.size(), picture.title());
            for (int i = 0; i < figures.size(); i++) {
                // the record is exact for every shape but the chart markers, whose box leaves a unit's margin
                Box expected = picture.shapes().get(i);
                Rectangle2D bounds = figures.get(i).shape().getBounds2D();
                String what = picture.title() + " shape " + i + ": " + bounds + " in " + expected;
                assertTrue(bounds.getX() >= expected.x() - 0.006 && bounds.getX() <= expected.x() + 1.006, what);
                assertTrue(bounds.getY() >= expected.y() - 0.006 && bounds.getY() <= expected.y() + 1.006, what);
                assertTrue(bounds.getMaxX() <= expected.right() + 0.011
                        && bounds.getMaxX() >= expected.right() - 1.011, what);
                assertTrue(bounds.getMaxY() <= expected.bottom() + 0.011
                        && bounds.getMaxY() >= expected.bottom() - 1.011, what);
            }
            assertEquals(picture.labels().size(), captions.size(), picture.title());
            for (int i = 0; i < captions.size(); i++) {
                Label expected = picture.labels().get(i);
                SvgSubset.Caption caption = captions.get(i);
                assertEquals(expected.text(), caption.text());
                assertEquals(expected.x(), caption.x(), 0.005);
                assertEquals(expected.y(), caption.y(), 0.005);
                assertEquals(expected.size(), caption.size(), 0.005);
                assertEquals(expected.anchor(), caption.anchor());
                assertEquals(expected.bold(), caption.bold());
            }
        }
    }

    @Test
    void paintsFollowSvgDefaultsAndAttributes() {
        SvgSubset.Drawing drawing = read("<svg viewBox=\"0 0 100 50\" width=\"200\" height=\"100\">"
                + "<rect x=\"1\" y=\"2\" width=\"30\" height=\"10\" rx=\"40\"/>"
                + "<line x1=\"0\" y1=\"0\" x2=\"9\" y2=\"0\" stroke=\"#abc\" stroke-opacity=\"0.25\""
                + " stroke-dasharray=\"1 2 3\"/>"
                + "<polygon points=\"0,0 4,0 2,3\" fill=\"none\" stroke=\"#102030\" stroke-width=\"2.5\"/>"
                + "<text x=\"5\" y=\"6\" font-size=\"9.5px\" font-weight=\"bold\">  two   words </text></svg>")
                .orElseThrow();
        assertEquals(200, drawing.width());
        assertEquals(50, drawing.viewHeight());
        SvgSubset.Figure rect = (SvgSubset.Figure) drawing.marks().get(0);
        assertEquals(new SvgSubset.Paint(0, 0, 0, 1), rect.fill(), "fill defaults to black");
        assertNull(rect.stroke(), "stroke defaults to none");
        RoundRectangle2D rounded = assertInstanceOf(RoundRectangle2D.class, rect.shape());
        assertEquals(10, rounded.getArcHeight(), "rx larger than half the height is cut to it; ry follows rx");
        assertEquals(30, rounded.getArcWidth());
        SvgSubset.Figure line = (SvgSubset.Figure) drawing.marks().get(1);
        assertNull(line.fill(), "a line has no inside");
        assertEquals(new SvgSubset.Paint(0xaa, 0xbb, 0xcc, 0.25f), line.stroke());
        assertEquals(1, line.strokeWidth());
        assertArrayEquals(new float[] {1, 2, 3, 1, 2, 3}, line.dash(), "an odd dash list is repeated");
        SvgSubset.Figure triangle = (SvgSubset.Figure) drawing.marks().get(2);
        assertNull(triangle.fill());
        assertEquals(new SvgSubset.Paint(0x10, 0x20, 0x30, 1), triangle.stroke());
        assertEquals(2.5, triangle.strokeWidth());
        SvgSubset.Caption text = (SvgSubset.Caption) drawing.marks().get(3);
        assertEquals(new SvgSubset.Caption("two words", 5, 6, 9.5, true, "start", new SvgSubset.Paint(0, 0, 0, 1)),
                text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<path d=\"M0 0 L5 5\"/>",
        "<g><line x1=\"0\" y1=\"0\" x2=\"1\" y2=\"1\" stroke=\"#000\"/></g>",
        "<line x1=\"0\" y1=\"0\" x2=\"1\" y2=\"1\" stroke=\"red\"/>",
        "<line x1=\"0\" y1=\"0\" x2=\"1\" y2=\"1\" stroke=\"#000\" transform=\"rotate(45)\"/>",
        "<line x1=\"0\" y1=\"0\" x2=\"1\" y2=\"1\" style=\"stroke: #000\"/>",
        "<line x1=\"0\" y1=\"0\" x2=\"1mm\" y2=\"1\" stroke=\"#000\"/>",
        "<line x1=\"0\" y1=\"0\" x2=\"1e2\" y2=\"1\" stroke=\"#000\"/>",
        "<line x1=\"0\" y1=\"0\" x2=\"1\" stroke=\"#000\"/>",
        "<rect x=\"0\" y=\"0\" width=\"5\" height=\"5\" fill=\"#000\" fill-opacity=\"1.5\"/>",
        "<rect x=\"0\" y=\"0\" width=\"5\" height=\"5\" class=\"c\"/>",
        "<polyline points=\"0,0 1\" stroke=\"#000\"/>",
        "<circle cx=\"1\" cy=\"1\" r=\"1\"><animate attributeName=\"r\"/></circle>",
        "<text x=\"0\" y=\"5\">a <tspan>b</tspan></text>",
        "<text x=\"0\" y=\"5\" font-size=\"1em\">a</text>",
        "<text x=\"0\" y=\"5\" font-weight=\"lighter\">a</text>",
        "<text x=\"0\" y=\"5\" text-anchor=\"inherit\">a</text>",
        "<text x=\"0\" y=\"5\" font-family=\"serif\">a</text>",
        "<image href=\"a.png\" width=\"5\" height=\"5\"/>",
        "words outside any element",
    })
    void anythingOutsideTheSubsetIsLeftToTheFullRenderer(String inside) {
        assertTrue(read("<svg viewBox=\"0 0 10 10\" width=\"10\" height=\"10\">" + inside + "</svg>").isEmpty(),
                inside);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<svg width=\"10\" height=\"10\"></svg>",
        "<svg viewBox=\"0 0 10\" width=\"10\" height=\"10\"></svg>",
        "<svg viewBox=\"0 0 0 10\" width=\"10\" height=\"10\"></svg>",
        "<svg viewBox=\"0 0 10 10\" width=\"100%\" height=\"10\"></svg>",
        "<svg viewBox=\"0 0 10 10\" width=\"10\" height=\"10\" preserveAspectRatio=\"none\"></svg>",
        "<svg viewBox=\"0 0 10 10\" width=\"10\" height=\"10\" fill=\"#000\"></svg>",
    })
    void aRootWithoutAPlainViewBoxAndSizeIsLeftToTheFullRenderer(String svg) {
        assertTrue(read(svg).isEmpty(), svg);
    }

    @Test
    void anEmptyPictureWithAPlainRootIsRead() {
        assertEquals(List.of(), read("<svg viewBox=\"0 0 10 10\" width=\"10\" height=\"10\"><title>t</title>"
                + "<desc>d</desc><!-- note --></svg>").orElseThrow().marks());
    }
}
