package dev.unrolled.site;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Keeps generated markup (MathML, SVG, print tables) out of Markdown processing: the formula and picture macros put
 * a short HTML comment into the prose instead, Markdown passes comments through untouched, and the markup is put
 * back afterwards. The Markdown parser then only reads the prose, not kilobytes of formulas, and the markup reaches
 * the page byte for byte as written. The marker carries a random key so prose cannot imitate it.
 */
final class Stash {
    private final String prefix = "<!--unrolled-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ":";
    private final List<String> markup = new ArrayList<>();

    /** The marker standing in for {@code text}. */
    String put(String text) {
        markup.add(text);
        return prefix + (markup.size() - 1) + "-->";
    }

    /** {@code html} with every marker replaced by its markup. */
    String restore(String html) {
        if (markup.isEmpty()) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + markup.stream().mapToInt(String::length).sum());
        int from = 0;
        for (int at = html.indexOf(prefix); at >= 0; at = html.indexOf(prefix, from)) {
            int end = html.indexOf("-->", at);
            int index = Integer.parseInt(html.substring(at + prefix.length(), end));
            out.append(html, from, at).append(markup.get(index));
            from = end + 3;
        }
        return out.append(html, from, html.length()).toString();
    }
}
