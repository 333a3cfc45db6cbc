package dev.unrolled.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unrolled.cli.Main;
import dev.unrolled.site.SiteBuilder;
import dev.unrolled.testing.Cli;
import dev.unrolled.testing.FixtureProject;
import dev.unrolled.testing.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build replaces its output folder whole and keeps the replaced one as the next build's spare, whose files that
 * build writes over or deletes. So {@code --out} may only name a site this tool built, an empty folder or a new
 * one: anything else is refused with a message and left exactly as it was, however many builds are tried.
 */
class OutFolderTest {
    @TempDir
    Path temp;
    FixtureProject project;

    @BeforeEach
    void project() {
        project = FixtureProject.tiny(temp.resolve("a"));
    }

    private Cli.Result build(Path out) {
        return Cli.run("build", "--project", project.dir().toString(), "--out", out.toString(), "--no-pdf");
    }

    private void assertRefused(Path out, String why) throws IOException {
        String parent = Trees.hash(out.toAbsolutePath().normalize().getParent());
        for (int attempt = 0; attempt < 2; attempt++) {
            Cli.Result result = build(out);
            assertEquals(Main.BAD_INPUT, result.code(), result.toString());
            assertTrue(result.err().contains(why) && result.err().contains("choose a new or empty folder for --out"),
                    result.err());
            assertEquals("", result.out());
        }
        assertEquals(parent, Trees.hash(out.toAbsolutePath().normalize().getParent()), "nothing moved or written");
    }

    @Test
    void aFolderOfTheUsersOwnIsLeftAlone() throws IOException {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(docs.resolve("precious.txt"), "mine");
        assertRefused(docs, "docs: is a folder this tool did not build (it has no .unrolled-manifest.json)");
        assertEquals(List.of("a", "docs"), names(temp), "no spare, staging or stamp beside it");
    }

    @Test
    void theLivePreviewRefusesItBeforeServingAnything() throws IOException {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(docs.resolve("precious.txt"), "mine");
        Cli.Result serve = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cli.run("serve", "--project",
                project.dir().toString(), "--out", docs.toString(), "--port", "0"));
        assertEquals(Main.BAD_INPUT, serve.code(), serve.toString());
        assertTrue(serve.err().contains("is a folder this tool did not build"), serve.err());
        assertEquals(List.of("precious.txt"), names(docs));
    }

    @Test
    void theProjectItselfIsLeftAlone() throws IOException {
        assertRefused(project.dir(), "is a folder this tool did not build");
        assertTrue(Files.isDirectory(project.dir().resolve("content")));
    }

    @Test
    void aFileOrALinkIsLeftAlone() throws IOException {
        Path file = Files.writeString(temp.resolve("notes.md"), "mine");
        assertRefused(file, "notes.md: is a file, not a site folder");
        Path folder = Files.createDirectories(temp.resolve("real"));
        Path link = Files.createSymbolicLink(temp.resolve("link"), folder);
        assertRefused(link, "link: is a symbolic link, not a site folder");
    }

    @Test
    void theRootIsRefused() {
        Cli.Result result = build(Path.of("/"));
        assertEquals(Main.BAD_INPUT, result.code(), result.toString());
        assertTrue(result.err().contains("the site cannot be the root folder"), result.err());
    }

    @Test
    void aNewFolderAnEmptyOneOrAPreviewsSiteIsBuilt() throws IOException {
        Path fresh = temp.resolve("fresh/site");
        assertEquals(0, build(fresh).code());
        assertEquals(0, build(Files.createDirectories(temp.resolve("empty"))).code());
        Path preview = temp.resolve("preview");
        SiteBuilder.build(project.dir(), preview, SiteBuilder.Pdfs.LATER); // as serve builds
        Cli.Result over = build(preview);
        assertEquals(0, over.code(), over.toString());
        assertTrue(over.out().startsWith("built "), over.out());
        Cli.Result again = build(fresh);
        assertTrue(again.out().contains("is up to date"), "a site this tool built is its own: " + again.out());
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
