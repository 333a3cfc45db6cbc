package dev.unrolled.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unrolled.site.SiteBuilder.Pdfs;
import dev.unrolled.testing.Cli;
import dev.unrolled.testing.FixtureProject;
import dev.unrolled.testing.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Nothing changed" is decided from the input files' attributes when they can be trusted, and from their content
 * otherwise; either way a build never skips a change it should have made.
 */
class InputStampTest {
    private static final String EXAMPLE = "content/examples/tiny.json";

    @TempDir
    Path temp;
    FixtureProject project;
    final FileTime minuteAgo = FileTime.fromMillis(System.currentTimeMillis() - 60_000);

    @BeforeEach
    void settledProject() {
        project = FixtureProject.tiny(temp.resolve("a"));
        settle();
    }

    /** Every input file last written a minute ago, as files are that were saved a while before a build. */
    private void settle() {
        for (String folder : new String[] {"content", "templates"}) {
            try (Stream<Path> files = Files.walk(project.dir().resolve(folder))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.setLastModifiedTime(file, minuteAgo);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private Cli.Result build() {
        Cli.Result result = Cli.run("build", "--project", project.dir().toString(), "--no-pdf");
        assertEquals(0, result.code(), result.toString());
        return result;
    }

    private boolean upToDate() {
        return SiteBuilder.upToDate(project.dir(), project.site(), Pdfs.NONE);
    }

    private Optional<String> stamp() {
        return InputStamp.take(project.dir(), Pdfs.NONE);
    }

    private Path record() {
        return InputStamp.record(project.site());
    }

    @Test
    void settledFilesAreUpToDateFromTheirAttributesAlone() {
        assertFalse(upToDate(), "never built");
        build();
        assertTrue(Files.isRegularFile(record()), "the stamp is kept beside the site, not in it");
        assertEquals(project.dir().resolve(".site.inputs"), record().getParent());
        assertEquals("*\n", project.read(".site.inputs/.gitignore"), "and out of git");
        assertTrue(upToDate());
        assertFalse(SiteBuilder.upToDate(project.dir(), project.site(), Pdfs.NOW), "a build with PDFs is another");
    }

    @Test
    void aFileSavedAgainUnchangedIsComparedByContentAndTheStampRenewed() throws IOException {
        build();
        String site = Trees.hash(project.site());
        Files.setLastModifiedTime(project.dir().resolve(EXAMPLE),
                FileTime.fromMillis(System.currentTimeMillis() - 30_000));
        assertFalse(upToDate(), "its attributes changed");
        Cli.Result again = build();
        assertTrue(again.out().contains("is up to date"), "its content did not: " + again.out());
        assertEquals(site, Trees.hash(project.site()), "nothing in the site was written");
        assertTrue(upToDate(), "the stamp was renewed");
    }

    @Test
    void aChangeIsBuiltEvenWhenTheTimestampSaysNothing() {
        build();
        FileTime before = fileTime(EXAMPLE);
        project.write(EXAMPLE, project.read(EXAMPLE).replace("\"b\": [0.25]", "\"b\": [0.5]"));
        setTime(EXAMPLE, before); // the same time: its size still tells
        assertFalse(upToDate());
        Cli.Result rebuilt = build();
        assertTrue(rebuilt.out().contains("1 of 1 articles"), rebuilt.out());
    }

    @Test
    void aFileWrittenMomentsBeforeABuildIsNotTakenOnTrust() {
        build();
        project.write(EXAMPLE, project.read(EXAMPLE)); // the same bytes, written now
        assertEquals(Optional.empty(), stamp(), "a second write within its timestamp could go unseen");
        assertFalse(upToDate());
        Cli.Result again = build();
        assertTrue(again.out().contains("is up to date"), again.out());
        assertFalse(Files.exists(record()), "no stamp is kept that could not be trusted");
        assertFalse(upToDate());

        setTime(EXAMPLE, FileTime.fromMillis(System.currentTimeMillis() + 3_600_000));
        assertEquals(Optional.empty(), stamp(), "nor one with a file from the future");
    }

    @Test
    void addingRemovingResizingOrReplacingAFileChangesTheStamp() throws IOException {
        String settled = stamp().orElseThrow();
        Path added = project.dir().resolve("content/en/notes.md");
        Files.writeString(added, "notes");
        settle();
        assertNotEquals(settled, stamp().orElseThrow(), "added");
        Files.delete(added);
        assertEquals(settled, stamp().orElseThrow(), "removed again");

        Path example = project.dir().resolve(EXAMPLE);
        Path copy = project.dir().resolve("copy.json");
        Files.copy(example, copy, StandardCopyOption.COPY_ATTRIBUTES);
        Files.move(copy, example, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        String replaced = stamp().orElseThrow();
        assertNotEquals(settled, replaced, "replaced by a file with the same bytes and time (as editors save)");

        FileTime time = fileTime(EXAMPLE);
        Files.writeString(example, project.read(EXAMPLE) + " ");
        setTime(EXAMPLE, time);
        assertNotEquals(replaced, stamp().orElseThrow(), "resized");

        Files.writeString(project.dir().resolve("templates/extra.ftl"), "<#-- extra -->");
        settle();
        assertNotEquals(settled, stamp().orElseThrow(), "templates count too");
    }

    @Test
    void theKeptStampBelongsToTheSiteItWasBuiltWith() throws IOException {
        build();
        assertTrue(upToDate());
        Path manifest = project.site().resolve(BuildCache.MANIFEST);
        Path copy = project.site().resolve("manifest.copy");
        Files.copy(manifest, copy);
        Files.move(copy, manifest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        assertFalse(upToDate(), "another site, even with the same manifest, is checked by content");
        assertTrue(build().out().contains("is up to date"));
        assertTrue(upToDate());
    }

    @Test
    void aSiteMissingAFileIsNotUpToDate() throws IOException {
        build();
        Files.delete(project.site().resolve("en/tiny/go-stop/index.html"));
        assertFalse(upToDate());
        assertTrue(build().out().contains("1 of 1 articles"));
        assertTrue(upToDate());
    }

    @Test
    void aStampThatCannotBeKeptDoesNotFailTheBuild() throws IOException {
        Files.writeString(project.dir().resolve(".site.inputs"), "a file where the folder would go");
        Cli.Result built = build();
        assertTrue(built.out().startsWith("built "), built.out());
        assertTrue(Files.isRegularFile(project.site().resolve("en/tiny/go-stop/index.html")));
        assertFalse(upToDate(), "only the quick answer is lost");
        assertTrue(build().out().contains("is up to date"), "the content still says so");
    }

    private FileTime fileTime(String relative) {
        try {
            return Files.getLastModifiedTime(project.dir().resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void setTime(String relative, FileTime time) {
        try {
            Files.setLastModifiedTime(project.dir().resolve(relative), time);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
