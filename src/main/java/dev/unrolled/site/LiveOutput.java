package dev.unrolled.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes straight into a served site, one file at a time, each replaced atomically (written beside it, then renamed
 * over it), so a browser never reads half a page. Used by the preview server for incremental rebuilds.
 */
public final class LiveOutput implements Output {
    private final Path root;

    public LiveOutput(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void write(String relative, byte[] bytes) {
        Path file = resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), ".unrolled-", ".tmp");
            Files.write(temporary, bytes);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Path root() {
        return root;
    }
}
