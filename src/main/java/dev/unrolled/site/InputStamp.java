package dev.unrolled.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * A cheap answer to "has any input changed since the last build?", the way make and git's index answer it: the path,
 * size, modification time and identity (inode) of every file under the project's {@code content/} and
 * {@code templates/} folders, with the tool and the kind of build. Saving, adding, removing or replacing a file
 * changes it, and taking it reads a few dozen file attributes instead of reading and validating the whole project.
 *
 * <p>It is kept beside the site ({@code .site.inputs/stamp}, {@link Beside}), bound to the
 * manifest of the site it was built with, and only when it can be trusted: a file written within two seconds of the
 * build's start could be written again within the same timestamp (timestamps are coarse on some file systems)
 * without changing it. Without a matching stamp the build compares the content itself ({@link BuildCache}), as
 * before; a file whose content is changed with its old size, time and inode restored is the one change this
 * misses, as it is in make.
 */
final class InputStamp {
    static final long MARGIN_MILLIS = 2_000;
    private static final String FORMAT = "unrolled-inputs 1";

    private InputStamp() {}

    /** The stamp of the inputs as they are now, or empty when a file is too new (or too odd) to be trusted. */
    static Optional<String> take(Path projectDir, SiteBuilder.Pdfs pdfs) {
        long now = System.currentTimeMillis();
        TreeMap<String, String> files = new TreeMap<>();
        try {
            for (String folder : List.of("content", "templates")) {
                if (!collect(projectDir.resolve(folder), folder, now, files)) {
                    return Optional.empty();
                }
            }
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return Optional.empty();
        }
        StringBuilder stamp = new StringBuilder(BuildCache.tool()).append('\n').append(pdfs.name());
        files.forEach((path, attributes) -> stamp.append('\n').append(path).append(' ').append(attributes));
        return Optional.of(stamp.toString());
    }

    /** Adds the attributes of every file under {@code folder}; false if one was modified too recently to trust. */
    private static boolean collect(Path folder, String name, long now, TreeMap<String, String> files)
            throws IOException {
        if (!Files.isDirectory(folder)) {
            files.put(name, "absent");
            return true;
        }
        boolean[] settled = {true};
        Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        if (!attributes.isRegularFile()) {
                            return FileVisitResult.CONTINUE;
                        }
                        long modified = attributes.lastModifiedTime().toMillis();
                        if (modified >= now - MARGIN_MILLIS) {
                            settled[0] = false;
                            return FileVisitResult.TERMINATE;
                        }
                        String relative = name + "/" + folder.relativize(file).toString().replace('\\', '/');
                        files.put(relative, identity(attributes));
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                        throw e; // a loop of links or an unreadable folder: no stamp
                    }
                });
        return settled[0];
    }

    /** Whether the stamp kept beside the site at {@code out} is {@code stamp} and belongs to that site. */
    static boolean matches(Path out, String stamp) {
        Path record = record(out);
        try {
            if (!Files.isRegularFile(record)) {
                return false;
            }
            return Files.readString(record, StandardCharsets.UTF_8).equals(text(out, stamp));
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /**
     * Keeps {@code stamp} beside the site at {@code out}, for the site as it is now (after the swap); with no stamp,
     * removes the one kept, which no longer says anything. A stamp that cannot be written only costs the next build
     * its quick answer, so that is no error: the site is already in place.
     */
    static void keep(Path out, Optional<String> stamp) {
        Path record = record(out);
        try {
            if (stamp.isPresent() && Files.isRegularFile(out.resolve(BuildCache.MANIFEST))) {
                Beside.create(out);
                Files.writeString(record, text(out, stamp.get()), StandardCharsets.UTF_8);
            } else {
                Files.deleteIfExists(record);
            }
        } catch (IOException | UncheckedIOException e) {
            try {
                Files.deleteIfExists(record); // half written, it would only never match; gone is tidier
            } catch (IOException ignored) {
                // a folder that cannot be written at all keeps nothing
            }
        }
    }

    private static String text(Path out, String stamp) throws IOException {
        return FORMAT + "\n" + manifest(out) + "\n" + stamp + "\n";
    }

    static Path record(Path out) {
        return Beside.folder(out).resolve("stamp");
    }

    /** The identity of the site's manifest: a new build writes a new one, so an older site never matches. */
    private static String manifest(Path out) throws IOException {
        return identity(Files.readAttributes(out.resolve(BuildCache.MANIFEST), BasicFileAttributes.class));
    }

    /** A file's size, modification time (in nanoseconds) and identity (inode), as the stamp records them. */
    private static String identity(BasicFileAttributes attributes) {
        return attributes.size() + ":" + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS) + ":"
                + attributes.fileKey();
    }
}
