package dev.unrolled.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder beside a site ({@code .site.inputs} for {@code site/}) in which builds keep what the next build reads
 * before anything else: the input stamp ({@link InputStamp}). It is no part of the site, survives the site's
 * deletion, and git is told to ignore it; deleting it is always safe (the next build only starts without that
 * hint).
 */
public final class Beside {
    private Beside() {}

    /** The folder beside the site at {@code out}; it may not exist. */
    public static Path folder(Path out) {
        Path site = out.toAbsolutePath().normalize();
        return site.resolveSibling("." + site.getFileName() + ".inputs");
    }

    /** The folder beside the site at {@code out}, created (with a .gitignore that ignores it all) if missing. */
    public static Path create(Path out) throws IOException {
        Path folder = Files.createDirectories(folder(out));
        Path ignore = folder.resolve(".gitignore");
        if (!Files.exists(ignore)) {
            Files.writeString(ignore, "*\n", StandardCharsets.UTF_8); // never committed by mistake
        }
        return folder;
    }
}
