package dev.unrolled.write.svg;

import java.util.Map;

/**
 * The words a picture uses, in the page's language: gate names, and the title and description patterns with
 * placeholders such as {t}, {token}, {f} that the picture fills in.
 */
public record PictureText(Map<String, String> gateNames, String cellTitle, String cellDescription,
                          String gatesTitle, String statesTitle, String chartDescription, String memory,
                          String hidden) {
    public PictureText {
        gateNames = Map.copyOf(gateNames);
    }

    /** The pattern with every {key} replaced. */
    static String fill(String pattern, Map<String, String> values) {
        String text = pattern;
        for (Map.Entry<String, String> e : values.entrySet()) {
            text = text.replace("{" + e.getKey() + "}", e.getValue());
        }
        return text;
    }
}
