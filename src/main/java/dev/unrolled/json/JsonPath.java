package dev.unrolled.json;

import java.util.regex.Pattern;

/** Builds the {@code $.a.b[0]} paths used in messages. */
public final class JsonPath {
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private JsonPath() {}

    /** {@code parent.key}, or {@code parent["key"]} for other keys; long keys are clipped for messages. */
    public static String child(String parent, String key) {
        String shown = Text.clip(key);
        if (shown.equals(key) && PLAIN_KEY.matcher(key).matches()) {
            return parent + "." + key;
        }
        return parent + "[\"" + shown.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }

    public static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
