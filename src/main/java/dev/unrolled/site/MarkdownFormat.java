package dev.unrolled.site;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;

/**
 * FreeMarker output format for Markdown prose ({@code content/**}{@code /*.md}, {@code templates/**}{@code /*.ftlmd}):
 * every {@code ${…}} is escaped so that text from an example file (a word, a sentence, a feature name) shows
 * literally in the Markdown export and, after flexmark, in the HTML page: no emphasis, links, images, raw HTML, math
 * or attribute blocks can be smuggled in.
 */
public final class MarkdownFormat extends CommonMarkupOutputFormat<MarkdownFormat.Markup> {
    public static final MarkdownFormat INSTANCE = new MarkdownFormat();

    private MarkdownFormat() {}

    /** Markdown text whose every character shows literally. Line breaks become spaces: values are inline text. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '{', '}', '[', ']', '<', '>', '!', '|', '~', '$', '&', '#' ->
                        out.append('\\').append(c);
                case '\r', '\n', '\t' -> out.append(' ');
                case '+', '-', '=' -> out.append(i == 0 ? "\\" : "").append(c);
                case '.', ')' -> out.append(opensList(text, i) ? "\\" : "").append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether the "." or ")" at {@code at} ends a list marker such as "1. " or "2)" at the start of the text. */
    private static boolean opensList(String text, int at) {
        if (at == 0 || (at + 1 < text.length() && !Character.isWhitespace(text.charAt(at + 1)))) {
            return false;
        }
        for (int i = 0; i < at; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String getName() {
        return "Markdown";
    }

    @Override
    public String getMimeType() {
        return "text/markdown";
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        out.write(escape(textToEsc));
    }

    @Override
    public String escapePlainText(String plainTextContent) {
        return escape(plainTextContent);
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return false;
    }

    @Override
    protected Markup newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new Markup(plainTextContent, markupContent);
    }

    /** A Markdown fragment held by a template. */
    public static final class Markup extends CommonTemplateMarkupOutputModel<Markup> {
        Markup(String plainTextContent, String markupContent) {
            super(plainTextContent, markupContent);
        }

        @Override
        public MarkdownFormat getOutputFormat() {
            return INSTANCE;
        }
    }
}
