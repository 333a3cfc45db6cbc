package dev.unrolled.site;

/**
 * Tidies rendered prose into the Markdown export: heading attributes ({@code {#step-2 .step}}), which only some renderers
 * understand, are dropped, and runs of blank lines left by template directives are collapsed to one. A single pass
 * over the text, without regular expressions: it runs once per article, and a thousand-article build felt the regex.
 */
final class MarkdownExport {
    private MarkdownExport() {}

    static String tidy(String markdown) {
        String text = markdown.indexOf('#') < 0 ? markdown : withoutHeadingAttributes(markdown);
        return collapseBlankRuns(text).strip() + "\n";
    }

    private static String withoutHeadingAttributes(String text) {
        StringBuilder out = null;
        int copied = 0;
        for (int from = 0; from < text.length(); ) {
            int end = lineEnd(text, from);
            if (text.charAt(from) == '#') {
                int keep = keptEnd(text, from, end);
                if (keep < end) {
                    out = out == null ? new StringBuilder(text.length()) : out;
                    out.append(text, copied, keep);
                    copied = end;
                }
            }
            from = text.startsWith("\r\n", end) ? end + 2 : end + 1;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** {@code text} with every run of three or more newlines made two. */
    private static String collapseBlankRuns(String text) {
        int at = text.indexOf("\n\n\n");
        if (at < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (; at >= 0; at = text.indexOf("\n\n\n", copied)) {
            int end = at + 3;
            while (end < text.length() && text.charAt(end) == '\n') {
                end++;
            }
            out.append(text, copied, at + 2);
            copied = end;
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** Where the line starting at {@code from} ends: the next line terminator, or the end of the text. */
    private static int lineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return i;
            }
        }
        return text.length();
    }

    /**
     * Where the line {@code text[from, end)} ends once the attribute block ending it is dropped, if it is a heading:
     * one to six '#', a space, then anything; the last "{...}" holding only #id and .class words, and the blanks
     * around it, go. {@code end} when the line stays as it is.
     */
    private static int keptEnd(String text, int from, int end) {
        int hashes = 0;
        while (from + hashes < end && hashes < 7 && text.charAt(from + hashes) == '#') {
            hashes++;
        }
        if (hashes > 6 || from + hashes >= end || text.charAt(from + hashes) != ' ') {
            return end;
        }
        int close = end;
        while (close > from && isBlank(text.charAt(close - 1))) {
            close--;
        }
        if (text.charAt(close - 1) != '}') {
            return end;
        }
        int open = text.lastIndexOf('{', close - 1);
        if (open < from + hashes + 1 || !attributes(text, open + 1, close - 1)) {
            return end;
        }
        int keep = open;
        while (keep > from + hashes + 1 && isBlank(text.charAt(keep - 1))) {
            keep--;
        }
        return keep;
    }

    /** Whether {@code text[from, to)} is one or more #id or .class words, each possibly followed by blanks. */
    private static boolean attributes(String text, int from, int to) {
        int i = from;
        if (i >= to) {
            return false;
        }
        while (i < to) {
            char marker = text.charAt(i++);
            int start = i;
            while (i < to && isWordChar(text.charAt(i))) {
                i++;
            }
            if (marker != '#' && marker != '.' || i == start) {
                return false;
            }
            while (i < to && isBlank(text.charAt(i))) {
                i++;
            }
        }
        return true;
    }

    private static boolean isWordChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
