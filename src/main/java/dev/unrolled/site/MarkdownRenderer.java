package dev.unrolled.site;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Markdown to HTML with flexmark: tables, explicit heading ids ({@code ## Step 2 {#step-2}}), and raw HTML blocks
 * (the MathML formulas) passed through. One instance serves a whole build; flexmark's parser and renderer are
 * thread-safe once built, and so is the map of pieces already rendered.
 */
public final class MarkdownRenderer {
    /** The most characters of pieces and their HTML kept (about 8 MB). */
    private static final long MAX_CACHED_CHARS = 4_000_000;

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Map<String, String> rendered = new ConcurrentHashMap<>();
    private final AtomicLong cachedChars = new AtomicLong();
    private final AtomicLong runs = new AtomicLong();
    private final String cutLine;
    private final Pattern cut;

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AttributesExtension.create()));
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(TablesExtension.CLASS_NAME, PipeTables.CLASS);
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(HtmlRenderer.SUPPRESSED_LINKS, "(?i)\\s*(javascript|vbscript|data|file):.*");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return AlignmentAsClass.INSTANCE;
            }
        }).nodeRendererFactory(dataHolder -> new LocalImagesOnly()).build();
        String comment = "<!--unrolled-cut-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + "-->";
        this.cutLine = comment + "\n\n";
        this.cut = Pattern.compile(Pattern.quote(renderWhole(cutLine)));
    }

    /**
     * The HTML of {@code markdown}. Each piece of the document (see {@link MarkdownBlocks}) is rendered once per
     * build: the articles of a build repeat most of their pieces word for word, and flexmark is the largest part
     * of rendering a web page. A piece not seen before is looked up by its {@linkplain MarkdownSkeleton skeleton},
     * since most of the rest differ from earlier ones only in their numbers and words; the first piece of each
     * skeleton is kept as well, since it may be one that every page repeats. The skeletons not seen before are
     * rendered together in one flexmark run, with a comment line between them to cut the HTML at (a piece of its
     * own, so it changes nothing around it): a run has a cost of its own, larger than that of most pieces. The
     * renderings kept are capped, so a build of any size holds a bounded amount.
     */
    public String toHtml(String markdown) {
        List<String> pieces = MarkdownBlocks.split(markdown);
        if (pieces.size() == 1) {
            return renderWhole(markdown);
        }
        Map<String, MarkdownSkeleton> skeletons = new HashMap<>();
        Map<String, String> known = new HashMap<>();
        Set<String> missing = new LinkedHashSet<>();
        for (String piece : pieces) {
            if (skeletons.containsKey(piece)) {
                continue;
            }
            String html = rendered.get(piece);
            MarkdownSkeleton skeleton = html != null ? MarkdownSkeleton.whole(piece) : MarkdownSkeleton.of(piece);
            skeletons.put(piece, skeleton);
            if (html == null) {
                html = rendered.get(skeleton.text());
            }
            if (html != null) {
                known.put(skeleton.text(), html);
            } else {
                missing.add(skeleton.text());
            }
        }
        known.putAll(renderTogether(missing));
        StringBuilder html = new StringBuilder(markdown.length() * 2);
        for (String piece : pieces) {
            MarkdownSkeleton skeleton = skeletons.get(piece);
            String rendering = known.get(skeleton.text());
            if (!skeleton.values().isEmpty()) {
                String filled = skeleton.fill(rendering);
                rendering = filled != null ? filled : renderWhole(piece);
                if (missing.contains(skeleton.text())) {
                    keep(piece, rendering); // the first of its shape: perhaps a piece every page has
                }
            }
            html.append(rendering);
        }
        return html.toString();
    }

    /**
     * Renders {@code pieces} in one run and cuts the HTML apart again, and keeps them for the build while it may.
     * Plain pipe tables are written directly (see {@link PipeTables}) and not kept: writing one costs about as
     * much as looking it up, and an article's tables of its words and numbers would fill the room kept for
     * pieces that repeat.
     */
    private Map<String, String> renderTogether(Set<String> pieces) {
        if (pieces.isEmpty()) {
            return Map.of();
        }
        Map<String, String> renderings = new HashMap<>();
        List<String> ordered = new ArrayList<>();
        for (String piece : pieces) {
            String table = PipeTables.html(piece);
            if (table != null) {
                renderings.put(piece, table);
            } else {
                ordered.add(piece);
            }
        }
        if (ordered.isEmpty()) {
            return renderings;
        }
        // only the document's last piece may lack the blank line a cut needs after it: it goes last
        ordered.sort(Comparator.comparing(piece -> !MarkdownBlocks.endsWithBlankLine(piece)));
        String[] parts = cut.split(renderWhole(String.join(cutLine, ordered)), -1);
        for (int i = 0; i < ordered.size(); i++) {
            String piece = ordered.get(i);
            keep(piece, parts.length == ordered.size() ? parts[i] : renderWhole(piece), renderings);
        }
        return renderings;
    }

    /** Records a piece's rendering for this page, and for the build while the cache has room. */
    private void keep(String piece, String rendering, Map<String, String> renderings) {
        renderings.put(piece, rendering);
        keep(piece, rendering);
    }

    /** Keeps a piece's rendering for the build while the cache has room. */
    private void keep(String piece, String rendering) {
        if (cachedChars.get() < MAX_CACHED_CHARS && rendered.putIfAbsent(piece, rendering) == null) {
            cachedChars.addAndGet(piece.length() + rendering.length());
        }
    }

    /** The HTML of {@code markdown} parsed and rendered as one document. */
    String renderWhole(String markdown) {
        runs.incrementAndGet();
        return renderer.render(parser.parse(markdown));
    }

    /** How many times flexmark has rendered a document for this renderer. */
    long runs() {
        return runs.get();
    }

    /**
     * Images must be files of the site: an image with a scheme (http:, data:, file:…) or an absolute or
     * protocol-relative path would be fetched or read by the reader's browser, so it is shown as its alt text
     * instead. (Links to http(s) pages stay links, fetched only when clicked; javascript:, data: and file: links are
     * suppressed.)
     */
    private static final class LocalImagesOnly implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Image.class, (image, context, html) -> {
                if (isLocal(image.getUrl().toString())) {
                    context.delegateRender();
                } else {
                    html.withAttr().attr("class", "image-blocked").tag("span").text(image.getText().toString())
                            .closeTag("span");
                }
            }));
        }

        static boolean isLocal(String url) {
            String trimmed = url.strip();
            return !trimmed.startsWith("/") && !trimmed.startsWith("\\") && !trimmed.matches("(?s)^[A-Za-z][A-Za-z0-9+.-]*:.*");
        }
    }

    /** Table cell alignment as a class ("align-right") instead of the obsolete align attribute. */
    private enum AlignmentAsClass implements AttributeProvider {
        INSTANCE;

        @Override
        public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
            if (node instanceof TableCell && attributes.contains("align")) {
                String alignment = attributes.getValue("align");
                attributes.remove("align");
                attributes.addValue("class", "align-" + alignment);
            }
        }
    }
}
