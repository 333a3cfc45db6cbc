package dev.unrolled.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A temporary project for end-to-end tests: the tiny fixture content from {@code src/test/resources/fixture} (or
 * the shipped {@code content/}), with the real {@code templates/} of the repository.
 */
public final class FixtureProject {
    private final Path dir;

    private FixtureProject(Path dir) {
        this.dir = dir;
    }

    /** The tiny fixture content with the shipped templates, in {@code parent/project}. */
    public static FixtureProject tiny(Path parent) {
        Path dir = parent.resolve("project");
        Trees.copy(Path.of("src/test/resources/fixture"), dir);
        Trees.copy(Path.of("templates"), dir.resolve("templates"));
        return new FixtureProject(dir);
    }

    /** The shipped content and templates, in {@code parent/project}. */
    public static FixtureProject shipped(Path parent) {
        Path dir = parent.resolve("project");
        Trees.copy(Path.of("content"), dir.resolve("content"));
        Trees.copy(Path.of("templates"), dir.resolve("templates"));
        return new FixtureProject(dir);
    }

    /**
     * The shipped article, prose and templates with one example of its own instead of the shipped ones, in
     * {@code parent/project}, built (the build must succeed).
     */
    public static FixtureProject shippedBuiltWith(Path parent, String id, String example) {
        FixtureProject project = shipped(parent);
        Trees.deleteQuietly(project.dir().resolve("content/examples"));
        project.write("content/examples/" + id + ".json", example);
        Cli.Result result = project.build();
        if (result.code() != 0) {
            throw new AssertionError("the build failed: " + result);
        }
        return project;
    }

    public Path dir() {
        return dir;
    }

    public Path site() {
        return dir.resolve("site");
    }

    public Cli.Result build() {
        return Cli.run("build", "--project", dir.toString());
    }

    public String read(String relative) {
        try {
            return Files.readString(dir.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(String relative, String text) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The path as the tool names it in messages (relative to the working directory when below it). */
    public String shown(String relative) {
        return dev.unrolled.problem.DisplayPath.of(dir.resolve(relative));
    }
}
