package dev.unrolled.site;

import dev.unrolled.write.svg.PictureText;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A language of the site: its code (the folder name under {@code content/}), its prose folder and its UI strings
 * from {@code content/<code>/strings.json}.
 */
public record Language(String code, Map<String, Object> strings) {
    public Language {
        strings = Collections.unmodifiableMap(new LinkedHashMap<>(strings));
    }

    /** The language's own name, as shown in the language switcher. */
    public String name() {
        return String.valueOf(strings.getOrDefault("languageName", code));
    }

    public String contentDir() {
        return "content/" + code;
    }

    /** The words the pictures use, from the "pictures" and "gate" sections of the strings. */
    public PictureText pictureText() {
        Map<String, Object> pictures = section("pictures");
        Map<String, String> gates = new LinkedHashMap<>();
        section("gate").forEach((key, value) -> gates.put(key, String.valueOf(value)));
        return new PictureText(gates, text(pictures, "cellTitle"), text(pictures, "cellDescription"),
                text(pictures, "gatesTitle"), text(pictures, "statesTitle"), text(pictures, "chartDescription"),
                text(pictures, "memory"), text(pictures, "hidden"));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> section(String key) {
        Object value = strings.get(key);
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static String text(Map<String, Object> section, String key) {
        return String.valueOf(section.getOrDefault(key, ""));
    }
}
