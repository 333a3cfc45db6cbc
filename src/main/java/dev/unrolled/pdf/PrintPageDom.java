package dev.unrolled.pdf;

import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.DOMImplementation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads a print page straight into the W3C DOM that openhtmltopdf lays out, when the page keeps to the explicit
 * form the templates write: a doctype, every element closed where it is opened, quoted attributes, the few entities
 * the templates and flexmark use, and nothing the HTML parsing rules would move, close or insert (a block inside a
 * paragraph, a row straight inside a table, an unclosed item, text between table rows, an element the list below
 * does not name). Such a page has one tree under any reading, and this builds the tree jsoup and its W3C conversion
 * build for it (PrintPageDomTest compares the two on every shipped sheet and on generated pages). Anything else
 * returns null, and the page is read by jsoup as before: an author's raw HTML in the prose may be as loose as HTML
 * allows.
 *
 * <p>Why not jsoup for every page: reading the twelve print pages of a full build through jsoup and its W3C
 * conversion cost some 4 % of the build's CPU, most of it jsoup's tree builder running in the interpreter and then
 * keeping the compiler busy, in a process that lives three seconds (README, Levers).
 */
final class PrintPageDom {
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    static final String SVG = "http://www.w3.org/2000/svg";

    private static final DOMImplementation DOM = domImplementation();

    /** Elements that may open inside a paragraph: an HTML parser closes an open paragraph before any other. */
    private static final Set<String> PHRASING = Set.of("a", "abbr", "b", "br", "cite", "code", "del", "dfn", "em",
            "i", "img", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u",
            "var", "wbr", "svg");
    /** The other elements a page's body may hold (the parts of tables are placed by {@link #allowedIn}). */
    private static final Set<String> FLOW = Set.of("article", "aside", "blockquote", "dd", "div", "dl", "dt",
            "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
            "ol", "p", "pre", "section", "table", "ul");
    private static final Set<String> VOID = Set.of("br", "hr", "img", "wbr", "col");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** Non-phrasing elements that do not stop the search for an open item when another item starts. */
    private static final Set<String> ITEM_TRANSPARENT = Set.of("div", "p");
    private static final Set<String> SVG_ELEMENTS = Set.of("circle", "desc", "ellipse", "g", "line", "path",
            "polygon", "polyline", "rect", "text", "title", "tspan");

    /** What is open around the element being read; see {@link #inside}. */
    private static final int IN_P = 1;
    private static final int IN_ITEM = 2;
    private static final int IN_DEFINITION = 4;
    private static final int IN_LINK = 8;
    private static final int IN_SVG = 16;

    /** Deeper than this, jsoup stops some of its searches of the open elements, and this leaves the page to it. */
    private static final int MAX_DEPTH = 20;

    private final String html;
    private final Document document;
    private int at;
    /** Whether the last tag read ended with "/&gt;". */
    private boolean selfClosed;

    private PrintPageDom(String html) {
        this.html = html;
        this.document = DOM.createDocument(null, null, null);
    }

    /** The page's DOM, or null when the page is not in the form this reads (jsoup reads it then). */
    static Document read(String html) {
        try {
            return new PrintPageDom(html).page();
        } catch (Unsupported e) {
            return null;
        }
    }

    private Document page() {
        skipWhitespace();
        if (!html.regionMatches(true, at, "<!doctype html>", 0, 15)) {
            throw Unsupported.INSTANCE; // without it jsoup reads the page in quirks mode, with other rules
        }
        at += 15;
        document.appendChild(DOM.createDocumentType("html", "", ""));
        document.setXmlStandalone(true);
        skipWhitespace(); // jsoup keeps it in the document, which its W3C conversion leaves out
        Element root = startTag("html", document);
        whitespace(root);
        Element head = startTag("head", root);
        headContent(head);
        whitespace(root);
        Element body = startTag("body", root);
        content(body, "body", 0, 1);
        whitespace(root); // after </body>, jsoup puts white space in the html element
        endTag("html");
        skipWhitespace(); // after </html> it goes to the document, and so out of the W3C tree
        if (at != html.length()) {
            throw Unsupported.INSTANCE;
        }
        return document;
    }

    /** The head: white space, and the meta, link, title and style elements. */
    private void headContent(Element head) {
        while (true) {
            whitespace(head);
            if (html.startsWith("</head>", at)) {
                at += 7;
                return;
            }
            String name = tagName();
            Element element = element(name, XHTML, head);
            switch (name) {
                case "meta", "link" -> {}
                case "title" -> text(element, until("</title>", true));
                case "style" -> text(element, until("</style>", false));
                default -> throw Unsupported.INSTANCE;
            }
        }
    }

    /**
     * Reads the children of {@code parent} up to its end tag. {@code open} says what is open around it, for the
     * start tags that would make an HTML parser close or move something.
     */
    private void content(Element parent, String name, int open, int depth) {
        if (depth > MAX_DEPTH) {
            throw Unsupported.INSTANCE;
        }
        while (at < html.length()) {
            char c = html.charAt(at);
            if (c != '<') {
                int end = html.indexOf('<', at);
                end = end < 0 ? html.length() : end;
                String data = decode(at, end);
                at = end;
                if (!allowsText(name, open) && !isWhitespace(data)) {
                    throw Unsupported.INSTANCE; // text in a table outside its cells is moved in front of the table
                }
                parent.appendChild(document.createTextNode(data));
            } else if (html.startsWith("</", at)) {
                endTag(name);
                return;
            } else if (html.startsWith("<!--", at)) {
                comment(parent);
            } else {
                child(parent, name, open, depth);
            }
        }
        throw Unsupported.INSTANCE; // the page ends inside an element
    }

    private void child(Element parent, String parentName, int open, int depth) {
        String name = tagName();
        boolean svg = (open & IN_SVG) != 0;
        if (svg ? !SVG_ELEMENTS.contains(name) || parentName.equals("title") || parentName.equals("desc")
                : !allowedIn(parentName, name, open)) {
            throw Unsupported.INSTANCE;
        }
        boolean foreign = svg || name.equals("svg");
        Element element = element(name, foreign ? SVG : XHTML, parent);
        if (!foreign && VOID.contains(name)) {
            return;
        }
        if (selfClosed) {
            if (!foreign) {
                throw Unsupported.INSTANCE; // "<div/>" opens a div in HTML
            }
            return;
        }
        if (name.equals("pre") && html.startsWith("\n", at)) {
            throw Unsupported.INSTANCE; // HTML drops a newline right after <pre>
        }
        content(element, name, inside(name, open), depth + 1);
    }

    /** Whether an HTML parser would put {@code name} where it starts, inside {@code parent}, unchanged. */
    private static boolean allowedIn(String parent, String name, int open) {
        return switch (parent) {
            case "table" -> name.equals("thead") || name.equals("tbody") || name.equals("tfoot")
                    || name.equals("colgroup") || name.equals("caption");
            case "thead", "tbody", "tfoot" -> name.equals("tr");
            case "tr" -> name.equals("td") || name.equals("th");
            case "colgroup" -> name.equals("col");
            default -> {
                if (PHRASING.contains(name)) {
                    yield !(name.equals("a") && (open & IN_LINK) != 0); // a link in a link is closed first
                }
                yield FLOW.contains(name)
                        && (open & IN_P) == 0 // a block start closes an open paragraph
                        && !(HEADINGS.contains(name) && HEADINGS.contains(parent)) // and a heading a heading
                        && !(name.equals("li") && (open & IN_ITEM) != 0) // and an item an open item
                        && !((name.equals("dd") || name.equals("dt")) && (open & IN_DEFINITION) != 0);
            }
        };
    }

    /** What is open inside {@code name}, given what was open around it. */
    private static int inside(String name, int open) {
        if (name.equals("svg")) {
            return IN_SVG;
        }
        if ((open & IN_SVG) != 0) {
            return open;
        }
        int inside = open;
        if (name.equals("td") || name.equals("th") || name.equals("caption") || name.equals("table")) {
            inside = 0; // the scope of paragraphs, items and links ends at a table and its cells
        } else if (FLOW.contains(name) && !ITEM_TRANSPARENT.contains(name)) {
            inside &= ~(IN_ITEM | IN_DEFINITION);
        }
        return switch (name) {
            case "p" -> inside | IN_P;
            case "li" -> inside | IN_ITEM;
            case "dd", "dt" -> inside | IN_DEFINITION;
            case "a" -> inside | IN_LINK;
            default -> inside;
        };
    }

    private static boolean allowsText(String name, int open) {
        return (open & IN_SVG) != 0 || switch (name) {
            case "table", "thead", "tbody", "tfoot", "tr", "colgroup" -> false;
            default -> true;
        };
    }

    /** Reads a start tag for {@code expected} up to and including its closing bracket, and appends its element. */
    private Element startTag(String expected, Node parent) {
        if (!expected.equals(tagName())) {
            throw Unsupported.INSTANCE;
        }
        Element element = element(expected, XHTML, parent);
        if (selfClosed) {
            throw Unsupported.INSTANCE;
        }
        return element;
    }

    /** After "<": the tag's name, up to the white space or bracket that ends it. */
    private String tagName() {
        if (at >= html.length() || html.charAt(at) != '<') {
            throw Unsupported.INSTANCE;
        }
        int start = ++at;
        while (at < html.length() && isNameChar(html.charAt(at), false)) {
            at++;
        }
        if (at == start || !isLetter(html.charAt(start))) {
            throw Unsupported.INSTANCE;
        }
        return html.substring(start, at);
    }

    /**
     * Creates the element and its attributes, reading the rest of its start tag. SVG elements keep their attributes'
     * case (viewBox), as HTML parsers do; HTML attributes must be in lower case already.
     */
    private Element element(String name, String namespace, Node parent) {
        Element element = document.createElementNS(namespace, name);
        boolean foreign = namespace.equals(SVG);
        while (true) {
            int before = at;
            skipWhitespace();
            if (at >= html.length()) {
                throw Unsupported.INSTANCE;
            }
            char c = html.charAt(at);
            if (c == '>' || html.startsWith("/>", at)) {
                selfClosed = c == '/';
                at += selfClosed ? 2 : 1;
                break;
            }
            int start = at;
            while (at < html.length() && isNameChar(html.charAt(at), foreign)) {
                at++;
            }
            if (at == start || before == start || !isLetter(html.charAt(start)) || !html.startsWith("=\"", at)) {
                throw Unsupported.INSTANCE; // no space before it, an odd name, no value, or a value without quotes
            }
            String attribute = html.substring(start, at);
            at += 2;
            int end = html.indexOf('"', at);
            if (end < 0 || element.hasAttribute(attribute)) {
                throw Unsupported.INSTANCE; // HTML keeps the first of two; rare enough to leave to jsoup
            }
            element.setAttribute(attribute, decode(at, end));
            at = end + 1;
        }
        parent.appendChild(element);
        return element;
    }

    private void endTag(String name) {
        int end = at + 2 + name.length();
        if (!html.startsWith("</", at) || !html.startsWith(name, at + 2) || !html.startsWith(">", end)) {
            throw Unsupported.INSTANCE; // closes something else: HTML would close, reopen or ignore elements
        }
        at = end + 1;
    }

    /** White space at {@link #at}, appended to {@code parent} as jsoup does between the page's parts. */
    private void whitespace(Node parent) {
        int start = at;
        skipWhitespace();
        if (at > start) {
            parent.appendChild(document.createTextNode(html.substring(start, at)));
        }
    }

    private void comment(Node parent) {
        int start = at + 4;
        int end = html.indexOf("-->", start);
        if (end < 0 || html.startsWith(">", start) || html.startsWith("->", start)
                || html.substring(start, end).contains("--!")) {
            throw Unsupported.INSTANCE;
        }
        parent.appendChild(document.createComment(html.substring(start, end)));
        at = end + 3;
    }

    /** The text of a title (references decoded) or style element (read as it is), up to its end tag. */
    private String until(String endTag, boolean decoded) {
        int end = html.indexOf(endTag, at);
        if (end < 0 || selfClosed) {
            throw Unsupported.INSTANCE;
        }
        int start = at;
        at = end + endTag.length();
        String raw = html.substring(start, end);
        if (raw.contains("</")) {
            throw Unsupported.INSTANCE; // HTML ends it at "</TITLE" or "</title " too
        }
        return decoded ? decode(start, end) : supported(CharacterReferences.plain(raw));
    }

    private void text(Element parent, String data) {
        if (!data.isEmpty()) {
            parent.appendChild(document.createTextNode(data));
        }
    }

    /** The characters from {@code start} to {@code end}, references replaced ({@link CharacterReferences}). */
    private String decode(int start, int end) {
        return supported(CharacterReferences.decode(html, start, end));
    }

    private static String supported(String text) {
        if (text == null) {
            throw Unsupported.INSTANCE;
        }
        return text;
    }

    private void skipWhitespace() {
        while (at < html.length() && isWhitespace(html.charAt(at))) {
            at++;
        }
    }

    private static boolean isWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\f';
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isNameChar(char c, boolean upper) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.'
                || (upper && c >= 'A' && c <= 'Z');
    }

    private static DOMImplementation domImplementation() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The page is not in the form this reads. Thrown often enough on odd prose to be worth no stack trace. */
    private static final class Unsupported extends RuntimeException {
        static final Unsupported INSTANCE = new Unsupported();

        private Unsupported() {
            super(null, null, false, false);
        }
    }
}
