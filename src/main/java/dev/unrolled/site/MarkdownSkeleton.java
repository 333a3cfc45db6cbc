package dev.unrolled.site;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of Markdown with its numbers and words taken out, so that pieces that differ only in those share one
 * rendering. The articles of a build write the same sentences about different values ("At “ran” the memory
 * faded from 0.815 to 0.463"); flexmark turns a number or a word of letters into the same characters in the HTML
 * wherever it stands in running text, so the sentence is rendered once with numbered markers in their place
 * ({@link #text()}) and each page's values are put back into that HTML ({@link #fill}).
 *
 * <p>Only values whose meaning cannot depend on what they are are taken out:
 * <ul>
 * <li>a number (digits with decimal points inside, after an optional minus sign U+2212) with a space, a line
 *     break, "(", "（", "“", "," or an escaped "+" before it and a space, a line break or punctuation after it;
 *     a whole number followed by "." or ")" only after a letter on its line (else it could be a list marker);</li>
 * <li>a word of letters only between “ and ”, and any run of letters in a piece without "&lt;" (where letters
 *     could name an HTML tag, an attribute or an autolink's scheme) or a code fence. Flexmark tells a delimiter
 *     ("*", "_") that opens emphasis from one that closes it by the characters around it, and it counts letters,
 *     digits and the private-use characters of the markers alike, so a marker changes nothing there.</li>
 * </ul>
 * A piece that could give text a second life (a link, an entity, a table, a setext underline) keeps everything, and
 * so does a line with a heading, whose text becomes its id, or an attribute block. A marker that does not come out
 * of flexmark exactly once, as it went in, makes {@link #fill} refuse, and the piece is then rendered as it is.
 */
record MarkdownSkeleton(String text, List<String> values) {
    private static final char OPEN = '\ue002';
    private static final char CLOSE = '\ue003';

    /** The piece with nothing taken out. */
    static MarkdownSkeleton whole(String piece) {
        return new MarkdownSkeleton(piece, List.of());
    }

    /** The skeleton of {@code piece}; its values are empty, and its text the piece, when nothing is taken out. */
    static MarkdownSkeleton of(String piece) {
        if (!open(piece)) {
            return whole(piece);
        }
        StringBuilder text = null;
        List<String> values = new ArrayList<>();
        int copied = 0;
        int lineStart = 0;
        int length = piece.length();
        boolean lineOpen = lineOpen(piece, 0);
        boolean plain = piece.indexOf('<') < 0 && !piece.contains("```") && !piece.contains("~~~");
        for (int i = 0; i < length; i++) {
            char c = piece.charAt(i);
            if (c == '\n') {
                lineStart = i + 1;
                lineOpen = lineOpen(piece, lineStart);
                continue;
            }
            if (!lineOpen) {
                continue;
            }
            int end = -1;
            if (c == Stash.INLINE_OPEN) { // an inline formula's marker stays as it is
                int close = piece.indexOf(Stash.INLINE_CLOSE, i);
                i = close < 0 ? length : close;
            } else if (plain && Character.isLetter(piece.codePointAt(i))) {
                end = letters(piece, i);
            } else if (c == '“') {
                end = word(piece, i + 1);
                if (end > 0) {
                    i++;
                }
            } else if ((c == '−' || digit(c)) && numberMayStart(piece, i)) {
                end = number(piece, i, lineStart);
            }
            if (end > i) {
                if (text == null) {
                    text = new StringBuilder(length + 16);
                }
                text.append(piece, copied, i).append(OPEN).append(values.size()).append(CLOSE);
                values.add(piece.substring(i, end));
                copied = end;
                i = end - 1;
            }
        }
        if (text == null) {
            return whole(piece);
        }
        return new MarkdownSkeleton(text.append(piece, copied, length).toString(), List.copyOf(values));
    }

    /**
     * The rendering of the piece, from the rendering of its skeleton's text; null if a marker is missing, repeated
     * or changed in {@code html}.
     */
    String fill(String html) {
        if (count(html, OPEN) != values.size() || count(html, CLOSE) != values.size()) {
            return null;
        }
        StringBuilder out = new StringBuilder(html.length() + 8 * values.size());
        boolean[] seen = new boolean[values.size()];
        int copied = 0;
        for (int at = html.indexOf(OPEN); at >= 0; at = html.indexOf(OPEN, copied)) {
            int close = html.indexOf(CLOSE, at);
            int index = close < 0 ? -1 : index(html, at + 1, close);
            if (index < 0 || index >= seen.length || seen[index]) {
                return null;
            }
            seen[index] = true;
            out.append(html, copied, at).append(values.get(index));
            copied = close + 1;
        }
        return out.append(html, copied, html.length()).toString();
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int at = text.indexOf(c); at >= 0; at = text.indexOf(c, at + 1)) {
            n++;
        }
        return n;
    }

    /** Whether the piece may have values taken out: none of the constructs that reuse or re-encode its text. */
    private static boolean open(String piece) {
        for (int i = 0; i < piece.length(); i++) {
            char c = piece.charAt(i);
            if (c == '[' || c == '&' || c == '|' || c == '\r' || c == OPEN || c == CLOSE) {
                return false;
            }
        }
        return !underline(piece);
    }

    /**
     * Whether values may be taken out of the line starting at {@code start}: not a heading (whose text makes its
     * id) and no attribute block.
     */
    private static boolean lineOpen(String piece, int start) {
        for (int i = start; i < piece.length() && piece.charAt(i) != '\n'; i++) {
            if (piece.charAt(i) == '#' || piece.charAt(i) == '{') {
                return false;
            }
        }
        return true;
    }

    /** Whether a line (after quote markers and indentation) is a setext heading's underline. */
    private static boolean underline(String piece) {
        for (int start = 0; start < piece.length(); ) {
            int end = piece.indexOf('\n', start);
            end = end < 0 ? piece.length() : end;
            if (MarkdownBlocks.underline(piece, MarkdownBlocks.skipQuotes(piece, start, end), end)) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    /** The end of the run of letters that starts at {@code from}. */
    private static int letters(String piece, int from) {
        int i = from;
        while (i < piece.length() && Character.isLetter(piece.codePointAt(i))) {
            i += Character.charCount(piece.codePointAt(i));
        }
        return i;
    }

    /** The end of a word of letters only that starts at {@code from} and is closed by ”, or -1. */
    private static int word(String piece, int from) {
        int i = from;
        while (i < piece.length()) {
            int point = piece.codePointAt(i);
            if (point == '”') {
                return i > from ? i : -1;
            }
            if (!Character.isLetter(point)) {
                return -1;
            }
            i += Character.charCount(point);
        }
        return -1;
    }

    /** Whether what stands before {@code at} lets a number start there. */
    private static boolean numberMayStart(String piece, int at) {
        if (at == 0) {
            return true;
        }
        char before = piece.charAt(at - 1);
        return before == ' ' || before == '\n' || before == '(' || before == '“' || before == '（' || before == ','
                || before == '+' && at >= 2 && piece.charAt(at - 2) == '\\';
    }

    /** The end of the number that starts at {@code at}, or -1 if none may be taken out there. */
    private static int number(String piece, int at, int lineStart) {
        int i = piece.charAt(at) == '−' ? at + 1 : at;
        if (i >= piece.length() || !digit(piece.charAt(i))) {
            return -1;
        }
        int end = i;
        while (i < piece.length() && (digit(piece.charAt(i)) || piece.charAt(i) == '.')) {
            if (digit(piece.charAt(i))) {
                end = i + 1;
            }
            i++;
        }
        char after = end < piece.length() ? piece.charAt(end) : '\n';
        if (after == '.' || after == ')') {
            char before = at == 0 ? '\n' : piece.charAt(at - 1);
            boolean marker = integer(piece, at, end) && (before == ' ' || before == '\n')
                    && !letterBefore(piece, lineStart, at);
            return marker ? -1 : end;
        }
        return closing(after) ? end : -1;
    }

    /** Whether the number is digits only (no sign, no decimal point), as an ordered list item's number is. */
    private static boolean integer(String piece, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!digit(piece.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean closing(char c) {
        return c == ' ' || c == '\n' || c == ',' || c == ';' || c == ':' || c == '%' || c == '”' || c == '（'
                || c == '）' || c == '，' || c == '。' || c == '、' || c == '；' || c == '：';
    }

    private static boolean letterBefore(String piece, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetter(piece.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The marker number between {@code from} and {@code to}, or -1. */
    private static int index(String html, int from, int to) {
        if (to <= from || to - from > 6) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = html.charAt(i);
            if (!digit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
