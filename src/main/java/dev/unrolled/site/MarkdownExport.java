package dev.unrolled.site;

import java.util.regex.Pattern;

/**
 * Tidies rendered prose into the Markdown export: heading attributes ({@code {#step-2 .step}}), which only some renderers
 * understand, are dropped, and runs of blank lines left by template directives are collapsed to one.
 */
final class MarkdownExport {
    private static final Pattern HEADING_ID = Pattern.compile(
            "(?m)^(#{1,6} .*?)[ \\t]*\\{(?:[#.][A-Za-z0-9_-]+[ \\t]*)+}[ \\t]*$");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private MarkdownExport() {}

    static String tidy(String markdown) {
        String text = HEADING_ID.matcher(markdown).replaceAll("$1");
        text = BLANK_LINES.matcher(text).replaceAll("\n\n");
        return text.strip() + "\n";
    }
}
