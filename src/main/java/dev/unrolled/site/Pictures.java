package dev.unrolled.site;

import dev.unrolled.trace.Step;
import dev.unrolled.trace.Trace;
import dev.unrolled.write.svg.CellDiagram;
import dev.unrolled.write.svg.Charts;
import dev.unrolled.write.svg.Picture;
import dev.unrolled.write.svg.PictureText;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pictures of one article for one target, as {@code templates/pictures.ftl} calls them ({@code px.cell(step)}).
 * Web pages and printed sheets get the SVG inline (the print version with the alt text the PDF's tagging reads);
 * the Markdown export gets an image link, and the SVG is written as a file beside it.
 */
public final class Pictures {
    private final Target target;
    private final Article article;
    private final CellDiagram cells;
    private final Charts charts;
    private final Map<String, String> files = new LinkedHashMap<>();

    Pictures(Target target, Article article, PictureText text) {
        this.target = target;
        this.article = article;
        Trace trace = article.trace();
        this.cells = new CellDiagram(trace, text);
        this.charts = new Charts(trace, text);
    }

    public String cell(Step step) {
        return place(cells.draw(step, target == Target.PRINT), "step-" + step.t());
    }

    public String gates() {
        return place(charts.gates(target == Target.PRINT), "gates");
    }

    public String states() {
        return place(charts.states(target == Target.PRINT), "states");
    }

    /** The SVG files the Markdown export links to, by file name. */
    Map<String, String> files() {
        return Map.copyOf(files);
    }

    private String place(Picture picture, String name) {
        if (target != Target.MARKDOWN) {
            return picture.svg();
        }
        String file = article.stem() + "-" + name + ".svg";
        files.put(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + picture.svg() + "\n");
        return "![" + MarkdownFormat.escape(picture.title()) + "](" + file + ")";
    }
}
