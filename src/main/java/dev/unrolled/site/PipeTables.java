package dev.unrolled.site;

/**
 * The HTML of a piece of Markdown that is nothing but a plain pipe table, written directly: flexmark's table
 * parsing is most of what the new pieces of an article cost (the tables of its words and numbers). "Plain" is kept
 * narrow, so that the HTML is exactly flexmark's: every line starts and ends with a pipe, the second line sets the
 * alignments, every row has as many cells as the header, and no cell holds anything Markdown or HTML gives a
 * meaning to (no backslash, emphasis, code, link, image, tag, entity, attribute block or quote). Anything else is
 * left to flexmark ({@link #html} returns null).
 */
final class PipeTables {
    /** The class of every table, as flexmark is told to write it. */
    static final String CLASS = "values";

    /** Characters that may mean something inside a cell, to flexmark or to the HTML it writes. */
    private static final String SPECIAL = "\\`*_<>&!~{}|\"'=#$%^+";

    private PipeTables() {}

    /** The table's HTML as flexmark writes it (with alignments as classes), or null when the piece is not plain. */
    static String html(String piece) {
        String[] lines = piece.split("\n", -1);
        int rows = lines.length;
        // blank as Markdown has it (spaces and tabs): Java's isBlank() also takes a vertical tab, which is text
        while (rows > 0 && MarkdownBlocks.blank(lines[rows - 1], 0, lines[rows - 1].length())) {
            rows--;
        }
        if (rows < 3) {
            return null;
        }
        String[] header = cells(lines[0]);
        String[] alignments = cells(lines[1]);
        if (header == null || alignments == null || alignments.length != header.length) {
            return null;
        }
        for (int i = 0; i < alignments.length; i++) {
            alignments[i] = alignment(alignments[i]);
            if (alignments[i] == null) {
                return null;
            }
        }
        StringBuilder html = new StringBuilder(piece.length() * 3).append("<table class=\"").append(CLASS)
                .append("\">\n<thead>\n");
        if (!row(html, header, alignments, "th")) {
            return null;
        }
        html.append("</thead>\n<tbody>\n");
        for (int r = 2; r < rows; r++) {
            String[] cells = cells(lines[r]);
            if (cells == null || cells.length != header.length || !row(html, cells, alignments, "td")) {
                return null;
            }
        }
        return html.append("</tbody>\n</table>\n").toString();
    }

    /** Appends one row; false when a cell is not plain. */
    private static boolean row(StringBuilder html, String[] cells, String[] alignments, String tag) {
        html.append("<tr>");
        for (int i = 0; i < cells.length; i++) {
            if (!plain(cells[i])) {
                return false;
            }
            html.append('<').append(tag);
            if (!alignments[i].isEmpty()) {
                html.append(" class=\"align-").append(alignments[i]).append('"');
            }
            html.append('>').append(cells[i]).append("</").append(tag).append('>');
        }
        html.append("</tr>\n");
        return true;
    }

    /**
     * The cells of a line that starts and ends with a pipe, without the spaces around them, or null. Only spaces
     * (and a CRLF's carriage return) are trimmed: any other white space is left in its cell, which is then not
     * plain.
     */
    private static String[] cells(String line) {
        int end = trimEnd(line, 0, line.length(), " \r");
        if (end < 2 || line.charAt(0) != '|' || line.charAt(end - 1) != '|') {
            return null;
        }
        String[] cells = line.substring(1, end - 1).split("\\|", -1);
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i];
            int start = 0;
            while (start < cell.length() && cell.charAt(start) == ' ') {
                start++;
            }
            cells[i] = cell.substring(start, trimEnd(cell, start, cell.length(), " "));
        }
        return cells;
    }

    /** Where {@code text} between {@code start} and {@code end} ends without the trailing {@code trimmed} chars. */
    private static int trimEnd(String text, int start, int end, String trimmed) {
        while (end > start && trimmed.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    /** "right", "left", "center" or "" (none) for a delimiter cell, or null when it is not one. */
    private static String alignment(String cell) {
        boolean left = cell.startsWith(":");
        boolean right = cell.endsWith(":");
        String dashes = cell.substring(left ? 1 : 0, cell.length() - (right && cell.length() > 1 ? 1 : 0));
        if (dashes.length() < 3 || !dashes.chars().allMatch(c -> c == '-')) { // flexmark asks for three
            return null;
        }
        return left && right ? "center" : right ? "right" : left ? "left" : "";
    }

    /** Whether a cell is text that flexmark writes out as it is. */
    private static boolean plain(String cell) {
        if (cell.isEmpty() || cell.contains("](") || cell.contains("  ") || cell.contains("\t")) {
            return false;
        }
        int open = 0; // brackets: flexmark reads a link text across cells before it splits a row, so each cell
        for (int i = 0; i < cell.length(); i++) { // must close its own
            char c = cell.charAt(i);
            if (c < ' ' || SPECIAL.indexOf(c) >= 0) {
                return false;
            }
            open += c == '[' ? 1 : c == ']' ? -1 : 0;
            if (open < 0) {
                return false;
            }
        }
        return open == 0;
    }
}
