package dev.unrolled.site;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a Markdown document into pieces that render to HTML independently: the HTML of the whole document is the
 * HTML of its pieces one after the other. The articles of a build share most of their paragraphs, headings and
 * formula blocks word for word (only the numbers and words of each sentence differ, and formulas are stashed), so
 * {@link MarkdownRenderer} renders each distinct piece once.
 *
 * <p>A cut is made only at a blank line followed by a line that starts a new top-level block and cannot continue
 * the one before: not indented, not a list item (a list goes on across blank lines, and a blank line between
 * items makes it loose) and not an attribute block. A document with anything whose meaning can reach across blank
 * lines or across the whole document, anywhere in it (inside lists and quotes too), is not cut at all: link
 * reference definitions, code fences, setext underlines, HTML that ends only at a closing marker (script, pre,
 * style, textarea, comments, processing instructions, declarations, CDATA) not closed on the line it opens, and
 * carriage returns that end lines on their own. Headings whose id flexmark generates stay in the first piece,
 * since it numbers repeated ids in document order. One pass over the lines, no regular expressions: this runs for
 * every page.
 */
final class MarkdownBlocks {
    private static final String[][] OPENED_CLOSED = {{"<!--", "-->"}, {"<?", "?>"}, {"<![CDATA[", "]]>"},
        {"<script", "</script>"}, {"<pre", "</pre>"}, {"<style", "</style>"}, {"<textarea", "</textarea>"}};

    private MarkdownBlocks() {}

    /** The pieces of {@code markdown}, or one piece, the whole document, when it cannot be cut safely. */
    static List<String> split(String markdown) {
        if (markdown.contains("```") || markdown.contains("~~~") || markdown.contains("]:")
                || bareCarriageReturn(markdown)) {
            return List.of(markdown);
        }
        int length = markdown.length();
        List<Integer> cuts = new ArrayList<>();
        int firstCut = 0;
        boolean blankBefore = false;
        for (int start = 0; start < length; ) {
            int end = markdown.indexOf('\n', start);
            end = end < 0 ? length : end;
            boolean blank = blank(markdown, start, end);
            if (!blank) {
                if (unclosedHtml(markdown, start, end)) {
                    return List.of(markdown);
                }
                int inner = insideContainers(markdown, start, end);
                if (underline(markdown, skipQuotes(markdown, start, end), end)) {
                    return List.of(markdown);
                }
                if (heading(markdown, inner, end) && !explicitId(markdown, inner, end)) {
                    firstCut = end;
                }
                if (blankBefore && start > 0 && startsTopLevelBlock(markdown.charAt(start))) {
                    cuts.add(start);
                }
            }
            blankBefore = blank;
            start = end + 1;
        }
        List<String> pieces = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            if (cut > firstCut) {
                pieces.add(markdown.substring(from, cut));
                from = cut;
            }
        }
        pieces.add(markdown.substring(from));
        return pieces;
    }

    /** Whether {@code piece} ends with a blank line, as every piece but a document's last does. */
    static boolean endsWithBlankLine(String piece) {
        int end = piece.length();
        if (end == 0 || piece.charAt(end - 1) != '\n') {
            return false;
        }
        int lineStart = piece.lastIndexOf('\n', end - 2) + 1;
        return lineStart > 0 && blank(piece, lineStart, end - 1);
    }

    /** Whether a line starting with {@code first}, after a blank line, begins a block that owes nothing above it. */
    private static boolean startsTopLevelBlock(char first) {
        return !(first == ' ' || first == '\t' || first == '-' || first == '*' || first == '+' || first == '{'
                || first >= '0' && first <= '9');
    }

    /** Whether the text holds only spaces and tabs (and the carriage return of a CRLF), as Markdown's blank lines. */
    static boolean blank(String text, int from, int end) {
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Whether a carriage return ends a line on its own somewhere: the lines here are cut at line feeds only. */
    private static boolean bareCarriageReturn(String text) {
        for (int i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
            if (i + 1 == text.length() || text.charAt(i + 1) != '\n') {
                return true;
            }
        }
        return false;
    }

    /** Where the line's own text starts, after indentation and quote markers. */
    static int skipQuotes(String text, int at, int end) {
        int i = at;
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '>')) {
            i++;
        }
        return i;
    }

    /** Where the line's own text starts, after indentation, quote markers and list markers ("-", "*", "+", "1."). */
    private static int insideContainers(String text, int at, int end) {
        int i = skipQuotes(text, at, end);
        while (i < end) {
            char c = text.charAt(i);
            int next = i + 1;
            if (c >= '0' && c <= '9') {
                while (next < end && Character.isDigit(text.charAt(next))) {
                    next++;
                }
                if (next == end || text.charAt(next) != '.' && text.charAt(next) != ')') {
                    return i;
                }
                next++;
            } else if (c != '-' && c != '*' && c != '+') {
                return i;
            }
            if (next < end && text.charAt(next) != ' ' && text.charAt(next) != '\t') {
                return i;
            }
            i = skipQuotes(text, next, end);
        }
        return i;
    }

    /** A setext underline (or a thematic break, which costs nothing to leave whole): only '=' or only '-'. */
    static boolean underline(String text, int at, int end) {
        if (at == end || text.charAt(at) != '=' && text.charAt(at) != '-') {
            return false;
        }
        char mark = text.charAt(at);
        int i = at;
        while (i < end && text.charAt(i) == mark) {
            i++;
        }
        return blank(text, i, end);
    }

    /** One to six '#' followed by a space, a tab or the end of the line. */
    private static boolean heading(String text, int at, int end) {
        int i = at;
        while (i < end && text.charAt(i) == '#') {
            i++;
        }
        return i > at && i - at <= 6 && (i == end || text.charAt(i) == ' ' || text.charAt(i) == '\t');
    }

    /** Whether the line ends with an attribute block holding an id: {@code {#step-0 .step}}. */
    private static boolean explicitId(String text, int at, int end) {
        int last = end;
        while (last > at && (text.charAt(last - 1) == ' ' || text.charAt(last - 1) == '\t'
                || text.charAt(last - 1) == '\r')) {
            last--;
        }
        if (last == at || text.charAt(last - 1) != '}') {
            return false;
        }
        for (int i = last - 2; i >= at; i--) {
            char c = text.charAt(i);
            if (c == '{') {
                return text.substring(i, last).indexOf('#') >= 0;
            }
            if (c == '}') {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the line opens HTML that ends only at a closing marker (a comment, {@code <pre>}…) and does not close
     * it on the same line, wherever on the line it opens: inside a list item or a quote it can hold blank lines too.
     */
    private static boolean unclosedHtml(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) != '<') {
                continue;
            }
            char next = i + 1 < end ? Character.toLowerCase(text.charAt(i + 1)) : ' ';
            if (next != '!' && next != '?' && next != 's' && next != 'p' && next != 't') {
                continue; // no marker-closed kind starts otherwise (<div>, <math>, </p>…)
            }
            for (String[] pair : OPENED_CLOSED) {
                if (text.regionMatches(true, i, pair[0], 0, pair[0].length())
                        && !contains(text, pair[1], i + pair[0].length(), end)) {
                    return true;
                }
            }
            if (i + 2 < end && text.charAt(i + 1) == '!' && Character.isLetter(text.charAt(i + 2))
                    && !contains(text, ">", i + 2, end)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code marker} occurs, in any case, between {@code from} and {@code end}. */
    private static boolean contains(String text, String marker, int from, int end) {
        for (int i = from; i + marker.length() <= end; i++) {
            if (text.regionMatches(true, i, marker, 0, marker.length())) {
                return true;
            }
        }
        return false;
    }
}
