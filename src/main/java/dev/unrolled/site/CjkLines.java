package dev.unrolled.site;

/**
 * Joins source lines broken between two CJK characters. Markdown turns a line break inside a paragraph into a space,
 * which is right between English words and wrong between Chinese characters, so authors may wrap Chinese prose
 * freely and the pages still read without stray spaces.
 */
final class CjkLines {
    private CjkLines() {}

    static String join(String markdown) {
        if (markdown.indexOf('\n') < 0) {
            return markdown;
        }
        StringBuilder out = new StringBuilder(markdown.length());
        int copied = 0;
        for (int newline = markdown.indexOf('\n'); newline >= 0; newline = markdown.indexOf('\n', newline + 1)) {
            int before = newline;
            while (before > 0 && isBlank(markdown.charAt(before - 1))) {
                before--;
            }
            int after = newline + 1;
            while (after < markdown.length() && isBlank(markdown.charAt(after))) {
                after++;
            }
            if (before > 0 && after < markdown.length() && isCjk(markdown.codePointBefore(before))
                    && isCjk(markdown.codePointAt(after))) {
                out.append(markdown, copied, before);
                copied = after;
            }
        }
        return out.append(markdown, copied, markdown.length()).toString();
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    static boolean isCjk(int cp) {
        if ((cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF)) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
