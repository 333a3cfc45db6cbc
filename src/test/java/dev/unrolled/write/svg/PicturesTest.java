package dev.unrolled.write.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unrolled.example.Gate;
import dev.unrolled.example.Mode;
import dev.unrolled.trace.Quantity;
import dev.unrolled.trace.Step;
import dev.unrolled.testing.Traces;
import dev.unrolled.trace.Trace;
import dev.unrolled.write.Numerals;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The pictures' geometry and labels, checked on the layout itself rather than on snapshots. */
class PicturesTest {
    @Test
    void everyCellDiagramOfTheShippedExamplesIsTidyAndLabelsEveryValue() {
        for (String name : List.of("alice", "keys")) {
            for (PictureText text : List.of(Traces.EN, Traces.ZH)) {
                Trace trace = Traces.shipped(name, Mode.HAND);
                CellDiagram diagram = new CellDiagram(trace, text);
                for (Step step : trace.steps()) {
                    Picture picture = diagram.draw(step);
                    assertTidy(picture, name + " t=" + step.t());
                    Set<String> labels = picture.labels().stream().map(Label::text).collect(Collectors.toSet());
                    Numerals numerals = new Numerals(trace.arithmetic());
                    for (List<? extends Quantity> values : List.of(step.cPrev(), step.c(), step.hPrev(), step.h(),
                            step.gate(Gate.FORGET).value(), step.gate(Gate.INPUT).value(),
                            step.gate(Gate.CANDIDATE).value(), step.gate(Gate.OUTPUT).value())) {
                        for (Quantity q : values) {
                            String value = " = " + numerals.text(q);
                            assertTrue(labels.stream().anyMatch(l -> l.endsWith(value)), name + " t=" + step.t()
                                    + ": no label ends with" + value + " in " + labels);
                        }
                    }
                    assertTrue(labels.stream().anyMatch(l -> l.startsWith("x")), "x_t is labelled");
                    assertTrue(labels.contains(text.gateNames().get("forget")), "gate names follow the language");
                    assertFalse(picture.title().isBlank());
                    assertTrue(picture.description().contains(numerals.text(step.c().get(0))), picture.description());
                }
            }
        }
    }

    /** Hidden sizes up to the bound: the labels still fit, and beyond four units the diagram says how many. */
    @Property(tries = 60)
    void cellDiagramsStayTidyForAnyHiddenSize(@ForAll @IntRange(min = 1, max = 32) int hidden,
                                              @ForAll @IntRange(min = 1, max = 12) int features) {
        Trace trace = random(hidden, features);
        Picture picture = new CellDiagram(trace, Traces.ZH).draw(trace.steps().get(trace.steps().size() - 1));
        assertTidy(picture, "H=" + hidden + " F=" + features);
        if (hidden > 4) {
            assertTrue(picture.labels().stream().anyMatch(l -> l.text().equals("… " + hidden)));
        }
        assertTrue(picture.svgWithAlt().startsWith("<svg alt=\""), "print pictures carry alt text");
    }

    @Test
    void chartsDrawEveryValueOfEveryStep() {
        for (String name : List.of("alice", "keys")) {
            Trace trace = Traces.shipped(name, Mode.HAND);
            Charts charts = new Charts(trace, Traces.EN);
            Numerals numerals = new Numerals(trace.arithmetic());
            Picture gates = charts.gates();
            Picture states = charts.states();
            for (Picture chart : List.of(gates, states)) {
                assertTidy(chart, name + " " + chart.title());
            }
            for (Step step : trace.steps()) {
                for (Gate gate : Gate.values()) {
                    for (Quantity q : step.gate(gate).value()) {
                        assertTrue(gates.svg().contains(" = " + numerals.text(q) + " (“" + step.token() + "”)"),
                                gate + " " + step.t());
                    }
                }
                for (Quantity q : step.h()) {
                    assertTrue(states.svg().contains(" = " + numerals.text(q) + " (“" + step.token() + "”)"));
                }
            }
            int lines = trace.hiddenSize();
            assertEquals(4 * lines, count(gates.svg(), "<polyline"), "one line per gate and unit");
            assertEquals(2 * lines, count(states.svg(), "<polyline"));
        }
    }

    @Property(tries = 40)
    void chartsOfLongSentencesAndManyUnitsStayInsideTheirBox(@ForAll @IntRange(min = 1, max = 12) int hidden,
                                                            @ForAll @IntRange(min = 1, max = 200) int words) {
        Trace trace = Traces.random(hidden, 3, words);
        Charts charts = new Charts(trace, Traces.ZH);
        assertTidy(charts.gates(), "gates H=" + hidden + " T=" + words);
        assertTidy(charts.states(), "states H=" + hidden + " T=" + words);
    }

    /**
     * Printed, a heatmap comes in parts of whole quantities of at most {@link Charts#PRINT_ROWS} rows, which
     * together have every row of the one picture the web page shows, in its order, each row once.
     */
    @Test
    void aHeatmapTooTallForAPageIsPrintedInPartsOfWholeQuantities() {
        for (int hidden = 5; hidden <= 32; hidden++) { // every size with a heatmap: 12, 16 and 24 fill 48 rows
            Charts charts = new Charts(Traces.random(hidden, 3, 1 + hidden % 4), Traces.ZH);
            assertParts(charts.gates(), charts.gates(Charts.PRINT_ROWS), 4, hidden);
            assertParts(charts.states(), charts.states(Charts.PRINT_ROWS), 2, hidden);
        }
    }

    private static void assertParts(Picture whole, List<Picture> parts, int quantities, int hidden) {
        String what = whole.title() + " H=" + hidden;
        int perPart = Math.max(1, Charts.PRINT_ROWS / hidden);
        int expected = (quantities + perPart - 1) / perPart;
        assertEquals(expected, parts.size(), what);
        List<String> rows = new java.util.ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            Picture part = parts.get(p);
            assertTidy(part, what + " part " + (p + 1));
            List<String> labels = rowLabels(part);
            assertTrue(labels.size() <= Charts.PRINT_ROWS && labels.size() % hidden == 0, what + ": " + labels);
            rows.addAll(labels);
            assertEquals(parts.size() == 1 ? whole.title() : whole.title() + " (" + (p + 1) + "/" + parts.size()
                    + ")", part.title());
        }
        assertEquals(rowLabels(whole), rows, what);
        if (parts.size() == 1) {
            assertEquals(whole.svg(), parts.get(0).svg(), what + ": what fits is printed as the web page shows it");
        }
    }

    /** The labels at the left of a heatmap's rows, top to bottom ("f₍t₎[3]" and the like end in "]"). */
    private static List<String> rowLabels(Picture heatmap) {
        return heatmap.labels().stream().filter(label -> label.text().endsWith("]")).map(Label::text).toList();
    }

    @Test
    void gatesStayDistinguishableInGreyscale() {
        Set<String> dashes = new HashSet<>();
        Set<String> markers = new HashSet<>();
        for (Gate gate : Gate.values()) {
            dashes.add(Style.of(gate).dash);
            markers.add(Style.of(gate).marker);
        }
        assertEquals(4, dashes.size(), "a dash pattern per gate");
        assertEquals(4, markers.size(), "a marker shape per gate");
    }

    /** Well-formed SVG; every label and shape inside the view box; no two labels overlap. */
    static void assertTidy(Picture picture, String what) {
        try {
            DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(picture.svg().getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(what + ": not well-formed SVG: " + e.getMessage(), e);
        }
        for (Label label : picture.labels()) {
            assertTrue(label.box().inside(picture.view()), what + ": label outside the picture: " + label);
        }
        for (Box shape : picture.shapes()) {
            assertTrue(shape.inside(picture.view()), what + ": shape outside the picture: " + shape);
        }
        List<Label> labels = picture.labels();
        for (int a = 0; a < labels.size(); a++) {
            for (int b = a + 1; b < labels.size(); b++) {
                assertFalse(labels.get(a).box().overlaps(labels.get(b).box()), what + ": labels overlap: "
                        + labels.get(a) + " and " + labels.get(b));
            }
        }
    }

    private static int count(String text, String part) {
        return text.split(part, -1).length - 1;
    }

    private static Trace random(int hidden, int features) {
        return Traces.random(hidden, features, 3);
    }
}
