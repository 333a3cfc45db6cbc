package dev.unrolled.site;

import dev.unrolled.problem.DisplayPath;
import dev.unrolled.problem.InputException;
import dev.unrolled.problem.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A build's output folder, written beside the real one ({@code .site.staging-*}) and swapped in only when the whole
 * build succeeded: a failed or killed build leaves {@code site/} as it was. Files are written over those of the site
 * before last where it has them ({@link Spare}), which is cheaper than creating them. Leftovers of killed builds are
 * removed, or kept as the spare, by the next one.
 */
public final class Staging implements Output, AutoCloseable {
    private final Path target;
    private final Path dir;
    private final Spare spare;
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private final Set<String> files = ConcurrentHashMap.newKeySet();
    private boolean committed;

    private Staging(Path target, Path dir, Spare spare) {
        this.target = target;
        this.dir = dir;
        this.spare = spare;
    }

    /**
     * Creates an empty staging folder next to {@code target}, first cleaning up after any killed build. The target
     * must be a site this tool built, an empty folder or nothing yet ({@link #replaceable}).
     */
    public static Staging beside(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        replaceable(absolute);
        try {
            Files.createDirectories(absolute.getParent());
            recover(absolute);
            Path dir = Files.createTempDirectory(absolute.getParent(), "." + absolute.getFileName() + ".staging-");
            return new Staging(absolute, dir, Spare.take(absolute, suffix(dir)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A build replaces its target whole, and keeps the folder it replaced as the next build's spare, whose files
     * that build writes over or deletes: so a target that is not a site this tool built (marked by its manifest)
     * is refused before anything is touched, be it a file, a folder of the user's own (a mistyped {@code --out .}
     * would otherwise take the project itself) or the root.
     */
    static void replaceable(Path target) {
        String refused;
        try {
            if (target.getParent() == null) {
                refused = "the site cannot be the root folder, since it is built beside its folder and swapped in";
            } else if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                return;
            } else if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                refused = (Files.isSymbolicLink(target) ? "is a symbolic link" : "is a file") + ", not a site folder";
            } else if (Files.isRegularFile(target.resolve(BuildCache.MANIFEST), LinkOption.NOFOLLOW_LINKS)) {
                return;
            } else {
                try (Stream<Path> entries = Files.list(target)) {
                    if (entries.findAny().isEmpty()) {
                        return;
                    }
                }
                refused = "is a folder this tool did not build (it has no " + BuildCache.MANIFEST + ")";
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new InputException(Problem.inFile(DisplayPath.of(target), refused + ": a build replaces its output "
                + "folder whole, so it leaves this one alone; choose a new or empty folder for --out, or move this "
                + "one away first"));
    }

    /** The random part of a staging folder's name, shared by the folders of the same build (old, pool). */
    private static String suffix(Path dir) {
        return dir.getFileName().toString().replaceFirst(".*staging-", "");
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
            folder(file);
            if (spare.reuse(relative, file)) {
                overwrite(file, bytes);
            } else {
                Files.write(file, bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        recorded(file);
    }

    /** Puts the file at {@code from} (the previous site's) at {@code relative}: a hard link, or a copy. */
    void link(String relative, Path from) {
        Path file = resolve(relative);
        try {
            folder(file);
            try {
                Files.createLink(file, from);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(from, file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        recorded(file);
    }

    private void recorded(Path file) {
        files.add(dir.relativize(file).toString().replace('\\', '/'));
    }

    /** Every file written or linked so far, relative and with forward slashes, in order. */
    List<String> files() {
        return files.stream().sorted().toList();
    }

    /** Creates the file's folder, once per folder: asking again costs a failed mkdir and an exception per file. */
    private void folder(Path file) throws IOException {
        if (!folders.contains(file.getParent())) {
            Files.createDirectories(file.getParent());
            folders.add(file.getParent());
        }
    }

    /** Writes {@code bytes} over the file's old content, keeping the file: no blocks freed and taken again. */
    private static void overwrite(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.truncate(bytes.length);
        }
    }

    /**
     * Replaces the target with the staged folder: the old one is moved aside, the new one moved in, the old kept as
     * the spare (or deleted if that fails), and what the build did not take from its pool deleted.
     */
    public void commit() {
        try {
            Path old = target.resolveSibling("." + target.getFileName() + ".old-" + suffix(dir));
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(dir, target, StandardCopyOption.ATOMIC_MOVE);
            committed = true;
            spare.discard();
            if (Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
                Spare.keepOrDelete(old, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (!committed) {
            deleteTree(dir);
            spare.giveBack(target);
        }
    }

    /**
     * Cleans up after builds that were killed: a staging folder is always garbage; a pool becomes the spare again
     * (unless there is one); an ".old" folder is garbage when the target exists (kept as the spare if there is
     * none), and is the previous site to put back when a build died between its two renames.
     */
    private static void recover(Path target) throws IOException {
        String prefix = "." + target.getFileName() + ".";
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            for (Path sibling : siblings.sorted().toList()) {
                String name = sibling.getFileName().toString();
                if (name.startsWith(prefix + "staging-")) {
                    deleteTree(sibling);
                } else if (name.startsWith(prefix + "pool-")) {
                    Spare.keepOrDelete(sibling, target);
                } else if (name.startsWith(prefix + "old-")) {
                    if (Files.exists(target)) {
                        Spare.keepOrDelete(sibling, target);
                    } else {
                        Files.move(sibling, target, StandardCopyOption.ATOMIC_MOVE);
                    }
                }
            }
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
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
