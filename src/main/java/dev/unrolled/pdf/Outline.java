package dev.unrolled.pdf;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The PDF outline (bookmarks) of a print page, from its h1, h2 and h3 headings that have ids, written as the
 * bookmarks element openhtmltopdf reads from the page's head: h3s under the h2 before them, the rest at the top.
 */
final class Outline {
    private Outline() {}

    static void add(org.w3c.dom.Document page) {
        Element head = (Element) page.getElementsByTagName("head").item(0);
        Element bookmarks = page.createElementNS(PrintPageDom.XHTML, "bookmarks");
        head.appendChild(bookmarks);
        Element section = null;
        for (Element heading : headings(page)) {
            String name = heading.getTagName();
            Element mark = page.createElementNS(PrintPageDom.XHTML, "bookmark");
            mark.setAttribute("name", text(heading));
            mark.setAttribute("href", "#" + heading.getAttribute("id"));
            if (name.equals("h3") && section != null) {
                section.appendChild(mark);
            } else {
                bookmarks.appendChild(mark);
                section = name.equals("h2") ? mark : null;
            }
        }
    }

    /** The h1, h2 and h3 elements with an id, in the order of the page. */
    private static List<Element> headings(org.w3c.dom.Document page) {
        List<Element> headings = new ArrayList<>();
        collect(page.getDocumentElement(), headings);
        return headings;
    }

    private static void collect(Node node, List<Element> headings) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && PrintPageDom.XHTML.equals(element.getNamespaceURI())) {
                String name = element.getLocalName();
                if ((name.equals("h1") || name.equals("h2") || name.equals("h3"))
                        && !element.getAttribute("id").isEmpty()) {
                    headings.add(element);
                }
                collect(element, headings);
            }
        }
    }

    /** The heading's text as a reader sees it: white space (no-break spaces too) collapsed, a line break a space. */
    static String text(Element heading) {
        StringBuilder text = new StringBuilder();
        append(heading, text);
        return text.toString().strip();
    }

    private static void append(Node node, StringBuilder text) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE) {
                String data = child.getNodeValue();
                for (int i = 0; i < data.length(); i++) {
                    char c = data.charAt(i);
                    if (Character.isWhitespace(c) || c == '\u00a0') {
                        space(text);
                    } else if (c != '\u200b' && c != '\u00ad') { // zero-width space and soft hyphen: invisible
                        text.append(c);
                    }
                }
            } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                if (((Element) child).getTagName().equals("br")) {
                    space(text);
                }
                append(child, text);
            }
        }
    }

    private static void space(StringBuilder text) {
        if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
            text.append(' ');
        }
    }
}
