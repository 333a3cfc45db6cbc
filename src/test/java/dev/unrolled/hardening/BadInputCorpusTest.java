package dev.unrolled.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unrolled.testing.Cli;
import dev.unrolled.testing.FixtureProject;
import dev.unrolled.testing.Trees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of the bad-input corpus, end to end through {@code build} on a copy of the fixture project that has a
 * good site already: the exit code, the located message, no stack trace, and, when the build fails, a site that is
 * byte for byte what it was; when it succeeds, pages that show what they must and contain nothing they must not.
 */
class BadInputCorpusTest {
    @TempDir
    static Path shared;
    static Path built;
    static String builtHash;

    @BeforeAll
    static void buildTheFixtureOnce() {
        FixtureProject project = FixtureProject.tiny(shared);
        assertEquals(0, project.build().code());
        built = project.dir();
        builtHash = Trees.hash(project.site());
    }

    static Stream<CorpusCase> cases() {
        return Trees.files(Path.of("src/test/resources/corpus"), ".case").stream().map(CorpusCase::read);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void caseBehavesAsSpecified(CorpusCase corpusCase, @TempDir Path temp) throws Exception {
        Path project = temp.resolve("project");
        Trees.copy(built, project);
        corpusCase.apply(project);
        String shown = dev.unrolled.problem.DisplayPath.of(project);

        Cli.Result result = assertTimeoutPreemptively(Duration.ofSeconds(corpusCase.seconds()),
                () -> Cli.run("build", "--project", project.toString()), "the build must finish in bounded time");

        assertEquals(corpusCase.exit(), result.code(), result.toString());
        for (String expected : corpusCase.stderr()) {
            Pattern pattern = Pattern.compile(expected.replace("{project}", Pattern.quote(shown)), Pattern.MULTILINE);
            assertTrue(pattern.matcher(result.err()).find(), "stderr does not match " + pattern + ":\n" + result.err());
        }
        assertFalse(result.err().contains("Exception") || result.err().contains("\tat "), "no stack trace");
        for (String file : corpusCase.noFiles()) {
            assertFalse(Files.exists(project.resolve(file)), file + " was created");
        }
        if (corpusCase.exit() != 0) {
            assertEquals(builtHash, Trees.hash(project.resolve("site")), "site/ changed on a failed build");
            return;
        }
        assertEquals("", result.err());
        Document page = Jsoup.parse(project.resolve("site").resolve(corpusCase.page()).toFile(), "UTF-8");
        for (String text : corpusCase.texts()) {
            assertTrue(page.text().contains(text), "page lacks " + text);
        }
        for (String selector : corpusCase.none()) {
            assertTrue(page.select(selector).isEmpty(), selector + " matches " + page.select(selector));
        }
    }
}
