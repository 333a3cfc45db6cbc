package dev.unrolled.site;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Keeps generated markup (MathML, SVG, print tables) out of Markdown processing: the formula and picture macros put
 * a short marker into the prose instead, and the markup is put back afterwards. The Markdown parser then only reads
 * the prose, not kilobytes of formulas, and the markup reaches the page byte for byte as written. Every marker
 * carries a random key so prose cannot imitate it (prose is written before the key exists).
 *
 * <p>A block (a display formula, a picture) stands on its own lines, so its marker is an HTML comment: Markdown
 * passes it through as a block of its own. An inline formula must stay inside its paragraph wherever the author
 * wraps the line, and a comment at the start of a line would end the paragraph there (it begins an HTML block), so
 * its marker is plain text that Markdown leaves alone: private-use characters around the key and a number.
 */
final class Stash {
    static final char INLINE_OPEN = '\ue000';
    static final char INLINE_CLOSE = '\ue001';

    /** One key per process, not per page: the same prose around formulas is then the same Markdown everywhere. */
    private static final String KEY = Long.toHexString(ThreadLocalRandom.current().nextLong());

    /** Punctuation that may not begin a line: Chinese (closing marks, pauses, stops) and Latin. */
    private static final String NO_LINE_START = "、，。；：！？）」』】〉》〕”’,.;:!?)]";

    private final String key = KEY;
    private final boolean gluePunctuation;
    private final String blockPrefix = "<!--unrolled-" + key + ":";
    private final String inlinePrefix = INLINE_OPEN + key + ":";
    private final List<String> markup = new ArrayList<>();

    Stash() {
        this(false);
    }

    /**
     * With {@code gluePunctuation}, punctuation that follows an inline formula written as a span is put inside that
     * span when the markup is restored, for print: openhtmltopdf may start a new line at any element boundary, and a
     * line of a printed sheet began with the "、" after "W_C" (a "," or "." after a formula could do the same). The
     * print stylesheet lays such a span out as one unbreakable box.
     */
    Stash(boolean gluePunctuation) {
        this.gluePunctuation = gluePunctuation;
    }

    /** The marker standing in for {@code text}, a block of its own. */
    String put(String text) {
        markup.add(text);
        return blockPrefix + (markup.size() - 1) + "-->";
    }

    /** The marker standing in for {@code text}, a part of a sentence. */
    String putInline(String text) {
        markup.add(text);
        return inlinePrefix + (markup.size() - 1) + INLINE_CLOSE;
    }

    /** {@code html} with every marker replaced by its markup. */
    String restore(String html) {
        if (markup.isEmpty()) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + markup.stream().mapToInt(String::length).sum());
        int from = 0;
        int block = html.indexOf(blockPrefix);
        int inline = html.indexOf(inlinePrefix);
        while (block >= 0 || inline >= 0) {
            boolean isBlock = inline < 0 || block >= 0 && block < inline;
            int at = isBlock ? block : inline;
            int start = at + (isBlock ? blockPrefix : inlinePrefix).length();
            int end = isBlock ? html.indexOf("-->", start) : html.indexOf(INLINE_CLOSE, start);
            String restored = markup.get(Integer.parseInt(html, start, end, 10));
            out.append(html, from, at);
            from = end + (isBlock ? 3 : 1);
            if (!isBlock && gluePunctuation && from < html.length() && NO_LINE_START.indexOf(html.charAt(from)) >= 0
                    && restored.endsWith("</span>")) {
                out.append(restored, 0, restored.length() - 7);
                while (from < html.length() && NO_LINE_START.indexOf(html.charAt(from)) >= 0) {
                    out.append(html.charAt(from++)); // "x)." whole: a line may not start with either
                }
                out.append("</span>");
            } else {
                out.append(restored);
            }
            if (isBlock) {
                block = html.indexOf(blockPrefix, from);
            } else {
                inline = html.indexOf(inlinePrefix, from);
            }
        }
        return out.append(html, from, html.length()).toString();
    }
}
