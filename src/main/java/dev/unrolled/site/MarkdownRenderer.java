package dev.unrolled.site;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

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
        }).build();
    }

    public String toHtml(String markdown) {
        return renderer.render(parser.parse(markdown));
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
