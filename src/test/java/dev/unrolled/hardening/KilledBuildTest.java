package dev.unrolled.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unrolled.cli.Main;
import dev.unrolled.testing.FixtureProject;
import dev.unrolled.testing.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed with SIGKILL while it renders PDFs leaves site/ exactly as it was, and the next build removes what
 * the killed one left behind (keeping the pool of files it was writing over as the spare).
 */
class KilledBuildTest {
    @TempDir
    Path temp;

    @Test
    void aKilledBuildLeavesTheSiteAndTheNextBuildCleansUp() throws Exception {
        FixtureProject project = FixtureProject.shipped(temp);
        assertEquals(0, project.build().code());
        project.write("content/examples/alice.json", project.read("content/examples/alice.json")
                .replace("\"b\": [-0.1]", "\"b\": [-0.12]"));
        assertEquals(0, project.build().code());
        assertEquals(List.of(".site.spare", "site"), siblings(project.dir()), "a spare for the next build");
        String before = Trees.hash(project.site());
        project.write("content/examples/alice.json", project.read("content/examples/alice.json")
                .replace("\"b\": [-0.12]", "\"b\": [-0.15]"));

        Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "build", "--project",
                project.dir().toString()).redirectErrorStream(true).redirectOutput(temp.resolve("build.log").toFile())
                .start();
        Path staging = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && build.isAlive()) {
            Optional<Path> found = stagingWithAPdf(project.dir());
            if (found.isPresent()) {
                staging = found.get();
                break;
            }
            Thread.sleep(10);
        }
        assertTrue(staging != null && build.isAlive(), "the build should be killed while it renders PDFs");
        build.destroyForcibly();
        assertTrue(build.waitFor(30, TimeUnit.SECONDS));
        assertNotEquals(0, build.exitValue());

        assertEquals(before, Trees.hash(project.site()), "site/ is as it was");
        assertTrue(Files.isDirectory(staging), "the killed build left its staging folder");
        assertTrue(siblings(project.dir()).stream().anyMatch(name -> name.startsWith(".site.pool-")),
                "and the pool it was taking files from: " + siblings(project.dir()));

        assertEquals(0, project.build().code());
        assertFalse(Files.exists(staging), "the next build removed the leftovers");
        assertEquals(List.of(".site.spare", "site"), siblings(project.dir()));
        assertNotEquals(before, Trees.hash(project.site()), "the next build made the new site");
    }

    private static Optional<Path> stagingWithAPdf(Path project) throws IOException {
        try (Stream<Path> entries = Files.list(project)) {
            for (Path dir : entries.filter(p -> p.getFileName().toString().startsWith(".site.staging-")).toList()) {
                if (!Trees.files(dir, ".pdf").isEmpty()) {
                    return Optional.of(dir);
                }
            }
        } catch (java.io.UncheckedIOException | java.nio.file.NoSuchFileException e) {
            // a folder vanished while being listed
        }
        return Optional.empty();
    }

    private static List<String> siblings(Path project) throws IOException {
        try (Stream<Path> entries = Files.list(project)) {
            // .site.inputs is no leftover: the input stamp of a build whose inputs had settled (InputStampTest)
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.contains("site"))
                    .filter(n -> !n.equals(".site.inputs")).sorted().toList();
        }
    }
}
