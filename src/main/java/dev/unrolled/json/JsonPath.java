package dev.unrolled.json;

import java.util.regex.Pattern;

/** Builds the {@code $.a.b[0]} paths used in messages. */
public final class JsonPath {
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private JsonPath() {}

    public static String child(String parent, String key) {
        if (PLAIN_KEY.matcher(key).matches()) {
            return parent + "." + key;
        }
        return parent + "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }

    public static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
