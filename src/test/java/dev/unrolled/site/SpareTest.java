package dev.unrolled.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unrolled.testing.Cli;
import dev.unrolled.testing.FixtureProject;
import dev.unrolled.testing.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build writes over the files of the site before last instead of creating its own, and the result is still
 * exactly what it wrote: nothing left over from the spare, nothing written through a file the spare shares with the
 * live site, and the spare given back when a build fails.
 */
class SpareTest {
    @TempDir
    Path temp;

    @Test
    void aBuildWritesOverTheSparesFilesAndKeepsTheReplacedSiteAsTheNextSpare() throws IOException {
        Path site = temp.resolve("site");
        write(site.resolve("index.html"), "the live site");
        write(site.resolve(BuildCache.MANIFEST), "{}"); // a site this tool built
        Path spare = temp.resolve(".site.spare");
        Path reused = write(spare.resolve("en/a/index.html"), "a page of the site before last, longer than the new");
        write(spare.resolve("en/gone/index.html"), "a page no longer made");
        Object inode = Files.getAttribute(reused, "unix:ino");

        try (Staging staging = Staging.beside(site)) {
            assertFalse(Files.exists(spare), "the spare is this build's pool now");
            staging.write("en/a/index.html", "new");
            staging.write("en/b/index.html", "made fresh");
            Path written = staging.resolve("en/a/index.html");
            assertEquals(inode, Files.getAttribute(written, "unix:ino"), "the spare's file, written over");
            assertEquals("new", Files.readString(written), "cut to the new length");
            assertEquals(List.of("en/a/index.html", "en/b/index.html"), files(staging.dir()),
                    "the staging folder holds only what the build wrote");
            staging.commit();
        }
        assertEquals(List.of("en/a/index.html", "en/b/index.html"), files(site));
        assertEquals(List.of(".gitignore", BuildCache.MANIFEST, "index.html"), files(spare),
                "the replaced site, kept out of git");
        assertEquals(List.of(".site.spare", "site"), siblings());
    }

    @Test
    void aFileTheSpareSharesWithTheLiveSiteIsNeverWrittenOver() throws IOException {
        Path site = temp.resolve("site");
        Path live = write(site.resolve("en/a/index.html"), "live");
        write(site.resolve(BuildCache.MANIFEST), "{}");
        Path spare = temp.resolve(".site.spare");
        Files.createDirectories(spare.resolve("en/a"));
        Files.createLink(spare.resolve("en/a/index.html"), live); // as a build that carried the page over leaves it

        try (Staging staging = Staging.beside(site)) {
            staging.write("en/a/index.html", "new");
            assertEquals("live", Files.readString(live), "the live site is untouched until the swap");
            assertNotEquals(Files.getAttribute(live, "unix:ino"),
                    Files.getAttribute(staging.resolve("en/a/index.html"), "unix:ino"));
            staging.commit();
        }
        assertEquals("new", Files.readString(site.resolve("en/a/index.html")));
        assertEquals("live", Files.readString(spare.resolve("en/a/index.html")));
    }

    @Test
    void aFailedBuildGivesThePoolBackAsTheSpare() throws IOException {
        Path site = temp.resolve("site");
        write(site.resolve("index.html"), "the live site");
        write(site.resolve(BuildCache.MANIFEST), "{}"); // a site this tool built
        Path spare = temp.resolve(".site.spare");
        write(spare.resolve("en/a/index.html"), "old");
        write(spare.resolve("en/b/index.html"), "old");

        try (Staging staging = Staging.beside(site)) {
            staging.write("en/a/index.html", "new");
            // no commit: the build failed
        }
        assertEquals("the live site", Files.readString(site.resolve("index.html")));
        assertEquals(List.of(".gitignore", "en/b/index.html"), files(spare), "what the build did not take");
        assertEquals(List.of(".site.spare", "site"), siblings());
    }

    @Test
    void aPoolLeftByAKilledBuildBecomesTheSpareAgain() throws IOException {
        Path site = temp.resolve("site");
        write(site.resolve("index.html"), "the live site");
        write(site.resolve(BuildCache.MANIFEST), "{}"); // a site this tool built
        write(temp.resolve(".site.pool-123/en/a/index.html"), "old");
        write(temp.resolve(".site.staging-123/en/a/index.html"), "half a build");

        try (Staging staging = Staging.beside(site)) {
            String suffix = staging.dir().getFileName().toString().replaceFirst(".*staging-", "");
            assertEquals(List.of(".site.pool-" + suffix, ".site.staging-" + suffix, "site"), siblings(),
                    "the leftover staging folder removed, the leftover pool taken as this build's pool");
            staging.write("en/a/index.html", "new");
            staging.commit();
        }
        assertEquals("new", Files.readString(site.resolve("en/a/index.html")));
        assertEquals(List.of(".site.spare", "site"), siblings());
    }

    @Test
    void buildsThatRecycleAndCarryOverStillMakeWhatAFreshBuildMakes() {
        FixtureProject project = FixtureProject.tiny(temp.resolve("project"));
        project.write("content/examples/other.json", project.read("content/examples/tiny.json")
                .replace("\"id\": \"tiny\"", "\"id\": \"other\""));
        assertEquals(0, project.build().code());
        change(project, "tiny.json", "\"b\": [0.25]", "\"b\": [0.5]"); // "other" carried over: shared files
        String second = Trees.hash(project.site());
        Path spare = Spare.of(project.site());
        assertTrue(Files.isDirectory(spare), "the first site is the spare now");

        change(project, "other.json", "\"b\": [0.25]", "\"b\": [0.75]"); // the spare shares "other" with the site
        assertEquals(fresh(project), Trees.hash(project.site()), "the result is what a fresh build makes");
        try {
            Files.delete(spare.resolve(".gitignore"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertEquals(second, Trees.hash(spare), "the replaced site was not written through while replaced");

        change(project, "tiny.json", "\"b\": [0.5]", "\"b\": [0.625]");
        assertEquals(fresh(project), Trees.hash(project.site()));

        // everything made again: most files are written over the spare's
        project.write("templates/assets/style.css", project.read("templates/assets/style.css") + "\n/* new */\n");
        Cli.Result result = project.build();
        assertEquals(0, result.code(), result.toString());
        assertEquals(fresh(project), Trees.hash(project.site()));
    }

    private static void change(FixtureProject project, String example, String from, String to) {
        String json = project.read("content/examples/" + example);
        assertTrue(json.contains(from), json);
        project.write("content/examples/" + example, json.replace(from, to));
        Cli.Result result = project.build();
        assertEquals(0, result.code(), result.toString());
    }

    private String fresh(FixtureProject project) {
        Path out = temp.resolve("fresh-" + System.nanoTime());
        Cli.Result result = Cli.run("build", "--project", project.dir().toString(), "--out", out.toString());
        assertEquals(0, result.code(), result.toString());
        return Trees.hash(out);
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> entries = Files.list(temp)) {
            // the input stamp (.site.inputs) is kept when the inputs had settled: no leftover, not listed here
            return entries.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".site.inputs")).sorted()
                    .toList();
        }
    }
}
