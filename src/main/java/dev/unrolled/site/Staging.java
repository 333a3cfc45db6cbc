package dev.unrolled.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A build's output folder, written beside the real one ({@code .site.staging-*}) and swapped in only when the whole
 * build succeeded: a failed or killed build leaves {@code site/} as it was. Leftovers of killed builds are removed
 * by the next one.
 */
public final class Staging implements Output, AutoCloseable {
    private final Path target;
    private final Path dir;
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private boolean committed;

    private Staging(Path target, Path dir) {
        this.target = target;
        this.dir = dir;
    }

    /** Creates an empty staging folder next to {@code target}, first cleaning up after any killed build. */
    public static Staging beside(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute.getParent());
            recover(absolute);
            return new Staging(absolute, Files.createTempDirectory(absolute.getParent(),
                    "." + absolute.getFileName() + ".staging-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder pages are written into. */
    public Path dir() {
        return dir;
    }

    @Override
    public Path root() {
        return dir;
    }

    @Override
    public void write(String relative, byte[] bytes) {
        Path file = resolve(relative);
        try {
            // once per folder: asking again costs a failed mkdir and an exception for every file
            if (!folders.contains(file.getParent())) {
                Files.createDirectories(file.getParent());
                folders.add(file.getParent());
            }
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the target with the staged folder: the old one is moved aside, the new one moved in, the old deleted. */
    public void commit() {
        try {
            Path old = target.resolveSibling("." + target.getFileName() + ".old-" + dir.getFileName().toString()
                    .replaceFirst(".*staging-", ""));
            if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(dir, target, StandardCopyOption.ATOMIC_MOVE);
            committed = true;
            deleteTree(old);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (!committed) {
            deleteTree(dir);
        }
    }

    /**
     * Cleans up after builds that were killed: a staging folder is always garbage; an ".old" folder is garbage when
     * the target exists, and is the previous site to put back when a build died between its two renames.
     */
    private static void recover(Path target) throws IOException {
        String prefix = "." + target.getFileName() + ".";
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            for (Path sibling : siblings.sorted().toList()) {
                String name = sibling.getFileName().toString();
                if (name.startsWith(prefix + "staging-")) {
                    deleteTree(sibling);
                } else if (name.startsWith(prefix + "old-")) {
                    if (Files.exists(target)) {
                        deleteTree(sibling);
                    } else {
                        Files.move(sibling, target, StandardCopyOption.ATOMIC_MOVE);
                    }
                }
            }
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path folder, IOException e) throws IOException {
                    if (e != null) {
                        throw e;
                    }
                    Files.delete(folder);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
