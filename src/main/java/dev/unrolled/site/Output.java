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
    default Path resolve(String relative) {
        Path file = root().resolve(relative).normalize();
        if (!file.startsWith(root()) || file.equals(root())) {
            throw new IllegalArgumentException("output path leaves the site: " + relative);
        }
        return file;
    }

    /** The output folder itself, absolute and normalised: the only place the PDF renderer may read from. */
    Path root();
}
