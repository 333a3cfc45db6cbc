package dev.unrolled.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * The site before the current one, kept beside it ({@code .site.spare}) so that the next build can write over its
 * files instead of creating new ones: creating a file and deleting one each cost the file system several times more
 * than writing over one (on this project's build machine, a rebuild of 1,000 articles spent 2 s creating its 11,000
 * files and 3 s deleting the previous site's; writing over them took 0.5 s). A build takes the spare as its pool
 * ({@code .site.pool-*}), moves a file out of it into the staging folder whenever it writes one the pool has, and
 * deletes what is left at the end; so the staging folder never holds anything the build did not write. After the
 * swap the replaced site becomes the new spare. Files the pool shares with another folder (hard links, as the build
 * cache makes) are never written over. Deleting the spare is always safe: the next build then creates its files.
 */
final class Spare {
    /** A build without a pool: every file is created. */
    static final Spare NONE = new Spare(null);

    private final Path pool;

    private Spare(Path pool) {
        this.pool = pool;
    }

    /** The spare folder of {@code target}, whether it exists or not. */
    static Path of(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".spare");
    }

    /**
     * Takes the spare of {@code target} as this build's pool (renamed so that no other build takes it too), or
     * {@link #NONE} if there is none or this system cannot tell whether a file is shared.
     */
    static Spare take(Path target, String suffix) {
        Path spare = of(target);
        if (!Files.isDirectory(spare, LinkOption.NOFOLLOW_LINKS) || !linksVisible(spare)) {
            return NONE;
        }
        Path pool = target.resolveSibling("." + target.getFileName() + ".pool-" + suffix);
        try {
            Files.move(spare, pool, StandardCopyOption.ATOMIC_MOVE);
            return new Spare(pool);
        } catch (IOException e) {
            return NONE; // taken by another build, or not movable: create the files
        }
    }

    /**
     * Moves the pool's file at {@code relative} to {@code file} (whose folder exists) if the pool has it as a plain
     * file of its own; returns whether it did, and so whether {@code file} is there to be written over.
     */
    boolean reuse(String relative, Path file) {
        if (pool == null) {
            return false;
        }
        Path candidate = pool.resolve(relative).normalize();
        if (!candidate.startsWith(pool)) {
            return false;
        }
        try {
            Map<String, Object> attributes = Files.readAttributes(candidate, "unix:nlink,isRegularFile",
                    LinkOption.NOFOLLOW_LINKS);
            if (!Boolean.TRUE.equals(attributes.get("isRegularFile")) || !Integer.valueOf(1).equals(
                    attributes.get("nlink"))) {
                return false; // shared with another folder, or not a file: left in the pool, deleted with it
            }
            Files.move(candidate, file, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false; // not in the pool (NoSuchFileException), or not movable: created instead
        }
    }

    /** Deletes what the build did not take from the pool. */
    void discard() {
        if (pool != null) {
            Staging.deleteTree(pool);
        }
    }

    /** Gives the pool back as the spare (after a failed build), or deletes it if a spare exists again. */
    void giveBack(Path target) {
        if (pool != null) {
            keepOrDelete(pool, target);
        }
    }

    /**
     * Keeps {@code site}, a site just replaced or a pool left over, as the spare of {@code target}; deletes it
     * instead if there is a spare already or this system cannot tell shared files apart (the next build could not
     * use it).
     */
    static void keepOrDelete(Path site, Path target) {
        if (!linksVisible(site) || !keep(site, target)) {
            Staging.deleteTree(site);
        }
    }

    private static boolean keep(Path site, Path target) {
        try {
            // a project kept in git should not show a second copy of its site as new files
            Files.writeString(site.resolve(".gitignore"), "*\n", StandardCharsets.UTF_8);
            Files.move(site, of(target), StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean linksVisible(Path dir) {
        try {
            Files.readAttributes(dir, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
            return true;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }
}
