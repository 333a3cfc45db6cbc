package dev.unrolled.site;

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
}
