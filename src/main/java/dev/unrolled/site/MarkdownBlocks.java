package dev.unrolled.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a Markdown document into pieces that render to HTML independently: the HTML of the whole document is the
 * HTML of its pieces one after the other. The articles of a build share most of their paragraphs, headings and
 * formula blocks word for word (only the numbers and words of each sentence differ, and formulas are stashed), so
 * {@link MarkdownRenderer} renders each distinct piece once.
 *
 * <p>A cut is made only at a blank line followed by a line that starts a new top-level block and cannot continue
 * the one before: not indented, not a list item (a list goes on across blank lines, and a blank line between
 * items makes it loose) and not an attribute block. A document with anything whose meaning reaches across blank
 * lines or across the whole document is not cut at all: link reference definitions, fenced code, setext headings,
 * and HTML blocks that end only at a closing marker (script, pre, style, textarea, comments, processing
 * instructions, declarations, CDATA) and stay open past their first line. Headings whose id flexmark generates
 * stay in the first piece, since it numbers repeated ids in document order. One pass over the lines, no regular
 * expressions: this runs for every page.
 */
final class MarkdownBlocks {
    private static final String[] CLOSED_BY_TAG = {"script", "pre", "style", "textarea"};

    private MarkdownBlocks() {}

    /** The pieces of {@code markdown}, or one piece, the whole document, when it cannot be cut safely. */
    static List<String> split(String markdown) {
        int length = markdown.length();
        List<Integer> cuts = new ArrayList<>();
        int firstCut = 0;
        boolean blankBefore = false;
        for (int start = 0; start < length; ) {
            int end = markdown.indexOf('\n', start);
            end = end < 0 ? length : end;
            int at = start;
            while (at < end && at - start < 4 && markdown.charAt(at) == ' ') {
                at++;
            }
            boolean blank = blank(markdown, at, end);
            if (!blank && at - start < 4) {
                switch (kind(markdown, at, end)) {
                    case WHOLE -> {
                        return List.of(markdown);
                    }
                    case GENERATED_ID -> firstCut = end;
                    default -> { }
                }
            }
            if (!blank && blankBefore && start > 0 && startsTopLevelBlock(markdown.charAt(start))) {
                cuts.add(start);
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

    private enum Kind { OTHER, WHOLE, GENERATED_ID }

    /** What the line from {@code at} (after at most three spaces) to {@code end} means for cutting. */
    private static Kind kind(String text, int at, int end) {
        char first = text.charAt(at);
        if (first == '[' && text.substring(at, end).contains("]:")) {
            return Kind.WHOLE; // a link reference definition, which links anywhere in the document may use
        }
        if ((first == '`' || first == '~') && at + 2 < end && text.charAt(at + 1) == first
                && text.charAt(at + 2) == first) {
            return Kind.WHOLE; // fenced code, which may hold blank lines
        }
        if ((first == '=' || first == '-') && underline(text, at, end, first)) {
            return Kind.WHOLE; // a setext heading (or a thematic break, which costs nothing to leave whole)
        }
        if (first == '#') {
            return heading(text, at, end) && !explicitId(text, at, end) ? Kind.GENERATED_ID : Kind.OTHER;
        }
        if (first == '<' && closedByMarker(text, at, end) && !closesOnItsLine(text.substring(at, end))) {
            return Kind.WHOLE;
        }
        return Kind.OTHER;
    }

    /** Whether a line starting with {@code first}, after a blank line, begins a block that owes nothing above it. */
    private static boolean startsTopLevelBlock(char first) {
        return !(first == ' ' || first == '\t' || first == '-' || first == '*' || first == '+' || first == '{'
                || first >= '0' && first <= '9');
    }

    private static boolean blank(String text, int from, int end) {
        for (int i = from; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean underline(String text, int at, int end, char mark) {
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
        return i - at <= 6 && (i == end || text.charAt(i) == ' ' || text.charAt(i) == '\t');
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

    /** Whether an HTML block starting here is of a kind that ends at a marker rather than at a blank line. */
    private static boolean closedByMarker(String text, int at, int end) {
        if (text.startsWith("<!--", at) || text.startsWith("<?", at) || text.startsWith("<![CDATA[", at)) {
            return true;
        }
        if (text.startsWith("<!", at) && at + 2 < end && Character.isLetter(text.charAt(at + 2))) {
            return true;
        }
        for (String tag : CLOSED_BY_TAG) {
            int after = at + 1 + tag.length();
            if (after <= end && text.regionMatches(true, at + 1, tag, 0, tag.length()) && (after == end
                    || text.charAt(after) == ' ' || text.charAt(after) == '\t' || text.charAt(after) == '>')) {
                return true;
            }
        }
        return false;
    }

    /** Whether an HTML block of the kinds that end at a marker ends on its first line. */
    private static boolean closesOnItsLine(String line) {
        String lower = line.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("<!--")) {
            return lower.indexOf("-->", 4) >= 0;
        }
        if (lower.startsWith("<?")) {
            return lower.indexOf("?>", 2) >= 0;
        }
        if (lower.startsWith("<![cdata[")) {
            return lower.contains("]]>");
        }
        if (lower.startsWith("<!")) {
            return lower.indexOf('>') >= 0;
        }
        return lower.contains("</script>") || lower.contains("</pre>") || lower.contains("</style>")
                || lower.contains("</textarea>");
    }
}
