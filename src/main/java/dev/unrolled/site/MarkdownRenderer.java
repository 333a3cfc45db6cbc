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
import java.util.List;
import java.util.Set;

/**
 * Markdown to HTML with flexmark: tables, explicit heading ids ({@code ## Step 2 {#step-2}}), and raw HTML blocks
 * (the MathML formulas) passed through. One instance serves a whole build; flexmark's parser and renderer are
 * thread-safe once built.
 */
public final class MarkdownRenderer {
    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AttributesExtension.create()));
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(TablesExtension.CLASS_NAME, "values");
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(HtmlRenderer.SUPPRESSED_LINKS, "(?i)\\s*(javascript|vbscript|data|file):.*");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return AlignmentAsClass.INSTANCE;
            }
        }).nodeRendererFactory(dataHolder -> new LocalImagesOnly()).build();
    }

    public String toHtml(String markdown) {
        return renderer.render(parser.parse(markdown));
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
