package dev.unrolled.site;

import java.util.regex.Pattern;

/**
 * Joins source lines broken between two CJK characters. Markdown turns a line break inside a paragraph into a space,
 * which is right between English words and wrong between Chinese characters, so authors may wrap Chinese prose
 * freely and the pages still read without stray spaces.
 */
final class CjkLines {
    private static final String CJK = "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}\\u3000-\\u303f\\uff00-\\uffef]";
    private static final Pattern BREAK = Pattern.compile("(?<=" + CJK + ")[ \\t]*\\n[ \\t]*(?=" + CJK + ")");

    private CjkLines() {}

    static String join(String markdown) {
        return BREAK.matcher(markdown).replaceAll("");
    }
}
