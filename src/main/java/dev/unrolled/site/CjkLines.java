package dev.unrolled.site;

/**
 * Joins source lines broken between two CJK characters. Markdown turns a line break inside a paragraph into a space,
 * which is right between English words and wrong between Chinese characters, so authors may wrap Chinese prose
 * freely and the pages still read without stray spaces.
 */
final class CjkLines {
    private CjkLines() {}

    static String join(String markdown) {
        StringBuilder out = null; // made at the first join: most pages have none
        int copied = 0;
        for (int newline = markdown.indexOf('\n'); newline >= 0; newline = markdown.indexOf('\n', newline + 1)) {
            int before = newline;
            while (before > 0 && isBlank(markdown.charAt(before - 1))) {
                before--;
            }
            if (before == 0 || !isCjk(markdown.codePointBefore(before))) {
                continue;
            }
            int after = newline + 1;
            while (after < markdown.length() && isBlank(markdown.charAt(after))) {
                after++;
            }
            if (after < markdown.length() && isCjk(markdown.codePointAt(after))) {
                if (out == null) {
                    out = new StringBuilder(markdown.length());
                }
                out.append(markdown, copied, before);
                copied = after;
            }
        }
        return out == null ? markdown : out.append(markdown, copied, markdown.length()).toString();
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    static boolean isCjk(int cp) {
        if (cp < 0x1100) { // below Hangul Jamo, the first of these scripts: Latin text, digits, maths, punctuation
            return false;
        }
        if ((cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF)) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
