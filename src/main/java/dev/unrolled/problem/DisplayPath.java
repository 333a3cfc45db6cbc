package dev.unrolled.problem;

import java.nio.file.Path;

/** How a file is named in messages: relative to the working directory when it lies below it. */
public final class DisplayPath {
    private DisplayPath() {}

    public static String of(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        String shown = absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
        return shown.isEmpty() ? "." : shown;
    }
}
