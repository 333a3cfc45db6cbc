package dev.unrolled.json;

/** Keeps user text that is echoed in messages short and free of control characters. */
public final class Text {
    private static final int MAX = 60;

    private Text() {}

    public static String clip(String text) {
        StringBuilder out = new StringBuilder();
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (count++ == MAX) {
                return out.append("… (").append(text.codePointCount(0, text.length())).append(" characters)")
                        .toString();
            }
            if (Character.isISOControl(cp) || (cp >= 0xD800 && cp <= 0xDFFF)) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }
}
