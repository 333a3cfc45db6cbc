package dev.unrolled.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unrolled.site.PrintJob;
import dev.unrolled.site.SiteBuilder;
import dev.unrolled.testing.FixtureProject;
import dev.unrolled.testing.RandomExample;
import dev.unrolled.testing.Trees;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Attr;
import org.w3c.dom.DocumentType;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The print pages read straight into the W3C DOM: whatever {@link PrintPageDom} reads must be the tree jsoup and
 * its W3C conversion make of the same page (the reference here), and every sheet of the shipped content must be
 * read that way, or the build is silently slower.
 */
class PrintPageDomTest {
    private static final String HEAD = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<title>T &amp; “t”</title>\n<style>@page { size: A4; } a > b { }</style>\n</head>\n<body class=\"handout\">\n";
    private static final String TAIL = "\n</body>\n</html>\n";

    /** jsoup's tree of the page in the W3C DOM, written out whole: names, namespaces, attributes and text. */
    static String jsoupTree(String html) {
        return tree(new W3CDom().fromJsoup(Jsoup.parse(html)));
    }

    static String tree(Node node) {
        StringBuilder out = new StringBuilder();
        write(node, 0, out);
        return out.toString();
    }

    private static void write(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth));
        switch (node.getNodeType()) {
            case Node.DOCUMENT_NODE -> out.append("#document standalone=")
                    .append(((org.w3c.dom.Document) node).getXmlStandalone());
            case Node.DOCUMENT_TYPE_NODE -> {
                DocumentType type = (DocumentType) node;
                out.append("<!DOCTYPE ").append(type.getName()).append(" public=").append(type.getPublicId())
                        .append(" system=").append(type.getSystemId()).append('>');
            }
            case Node.ELEMENT_NODE -> {
                out.append('<').append(node.getNodeName()).append(" ns=").append(node.getNamespaceURI())
                        .append(" local=").append(node.getLocalName()).append(" prefix=").append(node.getPrefix());
                Map<String, String> attributes = new TreeMap<>();
                NamedNodeMap map = node.getAttributes();
                for (int i = 0; i < map.getLength(); i++) {
                    Attr attribute = (Attr) map.item(i);
                    attributes.put(attribute.getName(), attribute.getValue() + " ns=" + attribute.getNamespaceURI()
                            + " local=" + attribute.getLocalName());
                }
                attributes.forEach((name, value) -> out.append(' ').append(name).append("=[").append(value).append(']'));
                out.append('>');
            }
            case Node.TEXT_NODE -> out.append("#text [").append(node.getNodeValue().replace("\n", "\\n")).append(']');
            case Node.COMMENT_NODE -> out.append("#comment [").append(node.getNodeValue()).append(']');
            default -> out.append("#other ").append(node.getNodeType());
        }
        out.append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            write(child, depth + 1, out);
        }
    }

    private static void assertReadAsJsoupReadsIt(String html) {
        org.w3c.dom.Document read = PrintPageDom.read(html);
        assertNotNull(read, () -> "not read directly:\n" + html);
        assertEquals(jsoupTree(html), tree(read), html);
    }

    @Test
    void everySheetOfTheShippedContentIsReadDirectlyIntoTheTreeJsoupMakes(@TempDir Path temp) {
        FixtureProject project = FixtureProject.shipped(temp);
        List<PrintJob> prints = SiteBuilder.build(project.dir(), temp.resolve("site"), SiteBuilder.Pdfs.LATER)
                .prints();
        assertEquals(12, prints.size());
        for (PrintJob job : prints) {
            String html = job.html().get();
            assertTrue(html.contains("<svg") || job.path().contains("exercises") || job.path().contains("answers"));
            assertReadAsJsoupReadsIt(html);
        }
    }

    /**
     * An example that puts the characters HTML escapes into the title and feature names, with more units than the
     * derivations write out (so the sheets carry the units' tables): every sheet is still read directly.
     */
    @Test
    void sheetsOfAnExampleWithMarkupCharactersAreReadDirectly(@TempDir Path temp) {
        FixtureProject project = FixtureProject.shipped(temp);
        Trees.deleteQuietly(project.dir().resolve("content/examples"));
        String example = RandomExample.json("marks", List.of("a&b", "<x>", "it's \\\"q\\\""), 5,
                List.of("Tom", "and", "Jerry", "run"), 7).replace("\"id\": \"marks\",", "\"id\": \"marks\", "
                + "\"title\": {\"en\": \"Tom & \\\"Jerry\\\" <run> 'fast' 1 < 2\", \"zh\": \"汤姆 & “杰瑞” <跑>\"},");
        project.write("content/examples/marks.json", example);
        List<PrintJob> prints = SiteBuilder.build(project.dir(), temp.resolve("site"), SiteBuilder.Pdfs.LATER)
                .prints();
        assertEquals(6, prints.size());
        for (PrintJob job : prints) {
            String html = job.html().get();
            assertTrue(html.contains("Tom &amp;") || html.contains("汤姆 &amp;"), job.path());
            assertReadAsJsoupReadsIt(html);
        }
    }

    @Test
    void theFormsTheTemplatesWriteAreReadAsJsoupReadsThem() {
        assertReadAsJsoupReadsIt(HEAD + "<h1 id=\"t\">A <i>f</i><sub>t</sub></h1>\n<p>x &lt; y &gt; z &quot;q&quot; "
                + "&apos;s&#160;&#xA0;&nbsp;&#8722;</p>" + TAIL);
        assertReadAsJsoupReadsIt(HEAD + "<table class=\"values\">\n<thead>\n<tr><th>t</th><th>w</th></tr>\n</thead>\n"
                + "<tbody>\n<tr><td>0</td><td><p>a</p></td></tr>\n</tbody>\n</table>" + TAIL);
        assertReadAsJsoupReadsIt(HEAD + "<figure class=\"picture\"><svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "viewBox=\"0 0 10 10\" role=\"img\" aria-labelledby=\"a b\"><title id=\"a\">T &amp; t</title>"
                + "<desc id=\"b\">D</desc>\n<line x1=\"0\" y1=\"0\" x2=\"1\" y2=\"1\"/><g><text x=\"1\">σ(0.2)</text>"
                + "<rect width=\"1\" height=\"1\"></rect></g></svg><figcaption>c</figcaption></figure>" + TAIL);
        assertReadAsJsoupReadsIt(HEAD + "<ul>\n<li>a<ul><li>b</li></ul></li>\n<li><p>c</p></li>\n</ul>\n"
                + "<!-- a note --><blockquote><p>q<br>r<br />s</p></blockquote><pre><code>x\n y</code></pre>"
                + "<p>a <a href=\"#x\">link <b>b</b></a> <img src=\"p.png\" alt=\"p\"> <span class=\"m\"><svg "
                + "xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"/></span></p>" + TAIL);
    }

    /** Each of these has a tree that differs from its text, or a form left to jsoup; none may be read directly. */
    @ParameterizedTest
    @ValueSource(strings = {
        "<p>a<div>b</div></p>", // a block closes the paragraph, and </p> then opens an empty one
        "<p>a<table><tbody><tr><td>x</td></tr></tbody></table></p>",
        "<table><tr><td>x</td></tr></table>", // HTML puts a tbody around the row
        "<table><tbody>text<tr><td>x</td></tr></tbody></table>", // text in a table goes in front of it
        "<ul><li>a<li>b</ul>", // unclosed items
        "<ul><li><div><li>b</li></div></li></ul>", // an item in an item's div closes the first
        "<dl><dt><span><dd>x</dd></span></dt></dl>",
        "<h2><h3>x</h3></h2>",
        "<a href=\"#a\"><a href=\"#b\">x</a></a>",
        "<b><i>x</b></i>", // misnested
        "<div/>x", // opens a div
        "<pre>\nx</pre>", // the first newline is dropped
        "<p>x &copy; y</p>", "<p>x &amp y</p>", "<p>&#128;</p>", "<p>&#0;</p>", "<p>&#+65;</p>",
        "<p class=x>y</p>", "<p class='x'>y</p>", "<p class=\"a\" class=\"b\">y</p>", "<p hidden>y</p>",
        "<P>x</P>", "<p CLASS=\"x\">y</p>", "<p>x\r\ny</p>", "<p>a < b</p>", "<p>x</p >",
        "<svg><div>x</div></svg>", "<svg><title><b>x</b></title></svg>", "<svg><foreignObject/></svg>",
        "<form><input name=\"x\"></form>", "<script>x</script>", "<p>unclosed",
    })
    void pagesOutsideTheFormAreLeftToJsoup(String body) {
        assertNull(PrintPageDom.read(HEAD + body + TAIL), body);
    }

    @Test
    void aPageWithoutItsDoctypeOrWithSomethingAfterItIsLeftToJsoup() {
        assertNull(PrintPageDom.read(HEAD.replace("<!DOCTYPE html>", "") + "<p>x</p>" + TAIL));
        assertNull(PrintPageDom.read(HEAD + "<p>x</p>" + TAIL + "<p>after</p>"));
        assertNull(PrintPageDom.read(HEAD.replace("<meta", "<p>x</p><meta") + TAIL));
        String deep = "<div>".repeat(30) + "x" + "</div>".repeat(30);
        assertNull(PrintPageDom.read(HEAD + deep + TAIL));
        assertReadAsJsoupReadsIt(HEAD + "<div>".repeat(15) + "x" + "</div>".repeat(15) + TAIL);
    }

    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> text = Arbitraries.of("x", " ", "\n", "a &amp; b", "&#160;", "σ(0.2) ≈ 0.55", "&lt;", "&foo;",
                "", "\t", " y ");
        Arbitrary<String> open = Arbitraries.of("<p>", "<div class=\"d\">", "<span>", "<i>", "<b>", "<sub>", "<a href=\"#h\">",
                "<li>", "<ul>", "<ol>", "<dl>", "<dt>", "<dd>", "<h2 id=\"h\">", "<h3>", "<table>", "<tbody>",
                "<thead>", "<tr>", "<td>", "<th>", "<caption>", "<colgroup>", "<col>", "<br>", "<hr>", "<img alt=\"i\">",
                "<figure>", "<figcaption>", "<blockquote>", "<pre>", "<code>", "<strong>", "<em>",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\">", "<g>", "<text x=\"1\">", "<title>",
                "<line x1=\"0\"/>", "<rect/>", "<section>", "<!-- c -->", "<br/>");
        Arbitrary<String> close = Arbitraries.of("</p>", "</div>", "</span>", "</i>", "</b>", "</sub>", "</a>",
                "</li>", "</ul>", "</ol>", "</dl>", "</dt>", "</dd>", "</h2>", "</h3>", "</table>", "</tbody>",
                "</thead>", "</tr>", "</td>", "</th>", "</caption>", "</colgroup>", "</figure>", "</figcaption>",
                "</blockquote>", "</pre>", "</code>", "</strong>", "</em>", "</svg>", "</g>", "</text>", "</title>",
                "</section>");
        return Arbitraries.oneOf(text, open, close).list().ofMinSize(1).ofMaxSize(24)
                .map(parts -> String.join("", parts));
    }

    @Property(tries = 4000)
    void whatIsReadDirectlyIsWhatJsoupReads(@ForAll("bodies") String body) {
        String html = HEAD + body + TAIL;
        org.w3c.dom.Document read = PrintPageDom.read(html);
        Statistics.label("read directly").collect(read != null);
        if (read != null) {
            assertEquals(jsoupTree(html), tree(read), body);
        }
    }

    /** Generated bodies in which every element is closed where it opens, so that many are read directly. */
    @Provide
    Arbitrary<String> nestedBodies() {
        Arbitrary<String> names = Arbitraries.of("p", "div", "span", "i", "b", "sub", "a", "li", "ul", "dl", "dd",
                "h2", "h3", "table", "tbody", "thead", "tr", "td", "th", "caption", "colgroup", "figure", "blockquote",
                "pre", "code", "em", "svg", "g", "text", "title", "desc", "section");
        Arbitrary<String> texts = Arbitraries.of("x", " ", "\n", "a &amp; b&#160;c", "σ ≈ 0.55", "");
        return Arbitraries.recursive(() -> texts, inner -> Arbitraries.oneOf(
                names.flatMap(name -> inner.list().ofMaxSize(3).map(children -> "<" + name
                        + (name.equals("svg") ? " xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"" : "")
                        + ">" + String.join("", children) + "</" + name + ">")),
                Arbitraries.of("<br>", "<img alt=\"i\">", "<hr>", "<!-- c -->", "<col>", "<line x1=\"0\"/>")),
                4);
    }

    @Property(tries = 4000)
    void wellNestedPagesAreReadAsJsoupReadsThem(@ForAll("nestedBodies") String body) {
        whatIsReadDirectlyIsWhatJsoupReads(body);
    }

    /** The same page written loosely goes the other way, through jsoup, and prints the same text and outline. */
    @Test
    void aLoosePageIsReadByJsoupAndPrintsAsItsExplicitForm(@TempDir Path site) throws IOException {
        String explicit = HEAD + "<h2 id=\"g\">The gates</h2>\n<ul><li>forget</li><li>input</li></ul>\n"
                + "<h3 id=\"f\">Forget <i>f</i><sub>t</sub></h3>\n<p class=\"x\">σ(0.2) ≈ 0.550</p>" + TAIL;
        String loose = explicit.replace("<li>forget</li><li>input</li>", "<li>forget<li>input")
                .replace("class=\"x\"", "class=x");
        assertNotNull(PrintPageDom.read(explicit));
        assertNull(PrintPageDom.read(loose));
        assertEquals(jsoupTree(explicit), jsoupTree(loose), "the same tree under HTML's rules");
        PdfRenderer renderer = new PdfRenderer(site, "test");
        assertEquals(printed(renderer.render(explicit, site.resolve("t.pdf"))),
                printed(renderer.render(loose, site.resolve("t.pdf"))));
        assertTrue(printed(renderer.render(loose, site.resolve("t.pdf"))).contains("The gates [Forget ft]"));
    }

    /** A PDF's text and its outline, the outline as "title [children]". */
    private static String printed(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            StringBuilder outline = new StringBuilder();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                outline.append(item.getTitle()).append(" [");
                item.children().forEach(child -> outline.append(child.getTitle()));
                outline.append("] ");
            }
            return new PDFTextStripper().getText(document) + "\noutline: " + outline;
        }
    }

    @Test
    void theOutlineFollowsTheHeadingsWithIds() {
        org.w3c.dom.Document page = PrintPageDom.read(HEAD + "<h1 id=\"top\">The  <i>f</i><sub>t</sub>&#160;gate</h1>"
                + "<h2 id=\"a\">A</h2><h3 id=\"a1\">A <b>one</b></h3><h3>no id</h3><h2 id=\"\">empty</h2>"
                + "<h3 id=\"b1\">B<br>one</h3><h2 id=\"c\">C</h2><h3 id=\"c1\">C1</h3>" + TAIL);
        Outline.add(page);
        List<String> marks = new ArrayList<>();
        collect(page.getElementsByTagName("bookmarks").item(0), "", marks);
        assertEquals(List.of("The ft gate -> #top", "A -> #a", "  A one -> #a1", "  B one -> #b1", "C -> #c",
                "  C1 -> #c1"), marks);
    }

    private static void collect(Node node, String indent, List<String> marks) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            org.w3c.dom.Element mark = (org.w3c.dom.Element) child;
            marks.add(indent + mark.getAttribute("name") + " -> " + mark.getAttribute("href"));
            collect(mark, indent + "  ", marks);
        }
    }
}
