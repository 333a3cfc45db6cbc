package dev.unrolled.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unrolled.testing.Cli;
import dev.unrolled.testing.FixtureProject;
import dev.unrolled.testing.Trees;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build carries over what has not changed, and the result is always what a build from scratch makes, byte for
 * byte.
 */
class BuildCacheTest {
    @TempDir
    Path temp;
    FixtureProject project;

    @BeforeEach
    void twoExamples() {
        project = FixtureProject.tiny(temp.resolve("a"));
        project.write("content/examples/other.json", project.read("content/examples/tiny.json")
                .replace("\"id\": \"tiny\"", "\"id\": \"other\""));
        assertEquals(0, project.build().code());
    }

    /** The same project built from scratch in a fresh folder. */
    private String scratch() {
        Path fresh = temp.resolve("scratch-" + System.nanoTime());
        Cli.Result result = Cli.run("build", "--project", project.dir().toString(), "--out", fresh.toString());
        assertEquals(0, result.code(), result.toString());
        return Trees.hash(fresh);
    }

    @Test
    void nothingChangedLeavesTheSiteAsItIs() {
        String before = Trees.hash(project.site());
        Cli.Result again = project.build();
        assertEquals(0, again.code());
        assertTrue(again.out().contains("is up to date: nothing changed since the last build"), again.out());
        assertEquals(before, Trees.hash(project.site()));
        assertEquals(before, scratch(), "the cached site is what a fresh build makes");
    }

    @Test
    void aChangedExampleRendersOnlyItsArticles() throws Exception {
        Path kept = project.site().resolve("en/other/go-stop/other-go-stop-en-handout.pdf");
        Object keptFile = Files.readAttributes(kept, "unix:ino");
        project.write("content/examples/tiny.json", project.read("content/examples/tiny.json")
                .replace("\"b\": [0.25]", "\"b\": [0.5]"));
        Cli.Result result = project.build();
        assertEquals(0, result.code(), result.toString());
        assertTrue(result.out().contains("1 of 2 articles"), result.out());
        assertTrue(result.out().contains("(3 PDFs)"), "only the changed article's PDFs: " + result.out());
        assertEquals(keptFile, Files.readAttributes(kept, "unix:ino"), "the other article was carried over");
        assertEquals(scratch(), Trees.hash(project.site()), "the result is what a fresh build makes");
    }

    /**
     * The manifest lists every file of the site, and the build reports their number: both come from what the build
     * wrote and linked, checked here against the folder itself, after a fresh build and after one that carried an
     * article over.
     */
    @Test
    void theManifestListsEveryFileTheSiteHas() throws Exception {
        assertManifestMatchesTheFolder(null);
        project.write("content/examples/tiny.json", project.read("content/examples/tiny.json")
                .replace("\"b\": [0.25]", "\"b\": [0.5]"));
        Cli.Result result = project.build();
        assertEquals(0, result.code(), result.toString());
        assertTrue(result.out().contains("1 of 2 articles"), result.out());
        assertManifestMatchesTheFolder(result.out());
    }

    private void assertManifestMatchesTheFolder(String report) throws Exception {
        Path site = project.site();
        java.util.Set<String> listed = new java.util.TreeSet<>();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(site.resolve(".unrolled-manifest.json").toFile())
                .get("groups").forEach(group -> group.get("files").forEach(file -> listed.add(file.asText())));
        java.util.Set<String> present = new java.util.TreeSet<>();
        for (Path file : Trees.files(site, "")) {
            present.add(site.relativize(file).toString().replace('\\', '/'));
        }
        present.remove(".unrolled-manifest.json");
        assertTrue(present.size() > 20, present.toString());
        assertEquals(present, listed);
        if (report != null) {
            assertTrue(report.contains(", " + (present.size() + 1) + " files ("), report);
        }
    }

    @Test
    void aChangedTemplateRendersEverything() {
        project.write("templates/assets/style.css", project.read("templates/assets/style.css") + "\n/* changed */\n");
        Cli.Result result = project.build();
        assertTrue(result.out().contains("2 of 2 articles"), result.out());
        assertEquals(scratch(), Trees.hash(project.site()));
    }

    @Test
    void aMissingFileIsMadeAgain() throws Exception {
        Path page = project.site().resolve("en/tiny/go-stop/index.html");
        Files.delete(page);
        Cli.Result result = project.build();
        assertTrue(result.out().contains("1 of 2 articles"), result.out());
        assertTrue(Files.isRegularFile(page));
        assertEquals(scratch(), Trees.hash(project.site()));
    }

    @Test
    void webOnlyBuildsAreNotMistakenForFullOnes() {
        Cli.Result pages = Cli.run("build", "--project", project.dir().toString(), "--no-pdf");
        assertTrue(pages.out().contains("2 of 2 articles"), pages.out());
        assertTrue(Trees.files(project.site(), ".pdf").isEmpty(), "no PDFs and no links to them");
        assertFalse(project.read("site/en/tiny/go-stop/index.html").contains(".pdf"));
        Cli.Result full = project.build();
        assertTrue(full.out().contains("2 of 2 articles") && full.out().contains("(6 PDFs)"), full.out());
    }
}
