package dev.unrolled.site;

import dev.unrolled.trace.Step;
import dev.unrolled.trace.Trace;
import dev.unrolled.write.svg.CellDiagram;
import dev.unrolled.write.svg.Charts;
import dev.unrolled.write.svg.Picture;
import dev.unrolled.write.svg.PictureText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * The pictures of one article for one target, as {@code templates/pictures.ftl} calls them ({@code px.cell(step)}).
 * Web pages and printed sheets get the SVG inline (the print version with the alt text the PDF's tagging reads);
 * the Markdown export gets an image link, and the SVG is written as a file beside it.
 */
public final class Pictures {
    private final Target target;
    private final Article article;
    private final Drawn drawn;
    private final Map<String, String> files = new LinkedHashMap<>();

    /**
     * The pictures of one article in one language, each drawn once and shared by the web page, the export and the
     * printed sheets.
     */
    static final class Drawn {
        private final CellDiagram cells;
        private final Charts charts;
        private final Map<String, Picture> drawn = new java.util.HashMap<>();
        private final Map<String, List<Picture>> inParts = new java.util.HashMap<>();

        Drawn(Article article, PictureText text) {
            Trace trace = article.trace();
            this.cells = new CellDiagram(trace, text);
            this.charts = new Charts(trace, text);
        }

        synchronized Picture get(String key, Supplier<Picture> draw) {
            return drawn.computeIfAbsent(key, k -> draw.get());
        }

        synchronized List<Picture> parts(String key, Supplier<List<Picture>> draw) {
            return inParts.computeIfAbsent(key, k -> draw.get());
        }
    }

    private final Stash stash;

    /** {@code stash}, when not null, receives the inline SVG in place of the prose (see {@link Stash}). */
    Pictures(Target target, Article article, Drawn drawn, Stash stash) {
        this.target = target;
        this.article = article;
        this.drawn = drawn;
        this.stash = stash;
    }

    public String cell(Step step) {
        return place(drawn.get("step-" + step.t(), () -> drawn.cells.draw(step)), "step-" + step.t());
    }

    public String gates() {
        return chart("gates", drawn.charts::gates, drawn.charts::gates);
    }

    public String states() {
        return chart("states", drawn.charts::states, drawn.charts::states);
    }

    /**
     * A chart: printed in parts of at most {@link Charts#PRINT_ROWS} rows, shown whole elsewhere (the same picture
     * when it is one part, as it nearly always is).
     */
    private String chart(String name, Supplier<Picture> whole, IntFunction<List<Picture>> inParts) {
        List<Picture> parts = drawn.parts(name, () -> inParts.apply(Charts.PRINT_ROWS));
        if (target == Target.PRINT) {
            return placeParts(parts);
        }
        return place(parts.size() == 1 ? parts.get(0) : drawn.get(name, whole), name);
    }

    /** The SVG files the Markdown export links to, by file name. */
    Map<String, String> files() {
        return Map.copyOf(files);
    }

    /**
     * A printed chart: as one picture, or, when it is a heatmap too tall for a page, as its parts, one below the
     * other, each of class "part" (the print stylesheet makes them blocks, so that a page may end between them).
     */
    private String placeParts(List<Picture> parts) {
        if (parts.size() == 1) {
            return stash(parts.get(0).svgWithAlt());
        }
        StringBuilder svg = new StringBuilder();
        for (Picture part : parts) {
            svg.append(part.svgWithAlt().replaceFirst(" class=\"picture\"", " class=\"picture part\""));
        }
        return stash(svg.toString());
    }

    private String stash(String svg) {
        return stash == null ? svg : stash.put(svg);
    }

    private String place(Picture picture, String name) {
        if (target != Target.MARKDOWN) {
            return stash(target == Target.PRINT ? picture.svgWithAlt() : picture.svg());
        }
        String file = article.stem() + "-" + name + ".svg";
        files.put(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + picture.svg() + "\n");
        return "![" + MarkdownFormat.escape(picture.title()) + "](" + file + ")";
    }
}
