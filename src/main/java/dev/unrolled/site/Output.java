package dev.unrolled.site;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Where rendered files go: a staging folder for a build, or the live site for the preview server. */
public interface Output {
    /** Writes {@code bytes} at {@code relative} (forward slashes), creating folders as needed. */
    void write(String relative, byte[] bytes);

    default void write(String relative, String text) {
        write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The path of {@code relative}; refuses anything that would leave the output folder. */
    Path resolve(String relative);

    /** The output folder itself: the only place the PDF renderer may read from. */
    Path root();
}
