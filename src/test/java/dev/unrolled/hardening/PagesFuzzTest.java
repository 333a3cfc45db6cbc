package dev.unrolled.hardening;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unrolled.site.LiveOutput;
import dev.unrolled.testing.FixtureProject;
import dev.unrolled.testing.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The page path under arbitrary prose and random examples: it renders or fails with located problems in bounded
 * time, no page ever shows NaN or Infinity, and nothing is written outside the site. Prose that once broke it is
 * kept in src/test/resources/fuzz/prose and replayed here.
 */
class PagesFuzzTest {
    private static Path temp;
    private static FixtureProject project;

    @BeforeContainer
    static void project() throws IOException {
        temp = Files.createTempDirectory("unrolled-fuzz-");
        project = FixtureProject.tiny(temp);
    }

    @AfterContainer
    static void clean() {
        deleteTree(temp);
    }

    private static final String[] PIECES = {"${", "}", "<#", "</#", "<@", "/>", ">", "<", "#", "##", "*", "_", "[",
        "](", ")", "!", "`", "```", "$$", "$", "|", "---", "\n", "\n\n", " ", "-", "1.", "&", ";", "{#", "{", "\"",
        "?", "?c", "??", "!", "if", "list", "as", "x", "steps", "s.t", "example.title", "math.sym", "tables.summary",
        "strings.gate.forget", "javascript:", "http://127.0.0.1:9/", "file:///etc/passwd", "<script>", "<math>",
        "<div>", "</div>", "<!--", "-->", "é", "中文", "😀", "\u0301", "\u202e", "\t"};

    @Provide
    Arbitrary<String> prose() {
        return Arbitraries.of(PIECES).list().ofMaxSize(60).map(list -> String.join("", list));
    }

    @Property(tries = 150)
    void anyProseRendersOrFailsWithLocatedProblems(@ForAll("prose") String prose) throws IOException {
        project.write("content/en/article.md", prose);
        Path out = Files.createTempDirectory(temp, "out-");
        Fuzzing.pages(project.dir(), out);
        assertEverythingUnder(temp);
        deleteTree(out);
    }

    @Provide
    Arbitrary<String> wildExamples() {
        Arbitrary<Integer> hidden = Arbitraries.integers().between(1, 3);
        Arbitrary<Integer> decimals = Arbitraries.integers().between(1, 10);
        Arbitrary<Double> scale = Arbitraries.of(1.0, 10.0, 100.0, 1000.0);
        Arbitrary<String> mode = Arbitraries.of("hand", "exact");
        return Combinators.combine(hidden, decimals, Arbitraries.longs(), scale, mode)
                .as((h, d, seed, s, m) -> RandomJson.example(h, 2, d, seed, s, m).replace("\"id\": \"r\"",
                        "\"id\": \"tiny\""));
    }

    @Property(tries = 60)
    void noPageShowsNaNOrInfinity(@ForAll("wildExamples") String example) throws IOException {
        project.write("content/en/article.md", Files.readString(Path.of(
                "src/test/resources/fixture/content/en/article.md")));
        project.write("content/examples/tiny.json", example);
        Path out = Files.createTempDirectory(temp, "out-");
        Fuzzing.pages(project.dir(), out);
        for (Path file : Trees.files(out, "")) {
            if (!file.toString().matches(".*\\.(html|md|json|svg)$")) {
                continue;
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertFalse(text.contains("NaN") || text.contains("Infinity") || text.contains("∞"), file.toString());
        }
        assertEverythingUnder(temp);
        deleteTree(out);
    }

    @Property(tries = 500)
    void outputPathsNeverLeaveTheSite(@ForAll String relative) throws IOException {
        Path root = temp.resolve("root");
        LiveOutput output = new LiveOutput(root);
        try {
            assertTrue(output.resolve(relative).startsWith(root.toAbsolutePath().normalize()), relative);
        } catch (IllegalArgumentException refused) {
            // refused: fine
        }
        for (String escape : new String[] {"..", "../x", "a/../../x", "/etc/passwd", "a/../.."}) {
            assertThrows(IllegalArgumentException.class, () -> output.resolve(escape), escape);
        }
    }

    static Stream<Path> regressions() {
        return Trees.files(Path.of("src/test/resources/fuzz/prose"), ".md").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("regressions")
    void keptProse(Path input) throws IOException {
        Path dir = Files.createTempDirectory("unrolled-prose-");
        try {
            FixtureProject fixture = FixtureProject.tiny(dir);
            fixture.write("content/en/article.md", Files.readString(input, StandardCharsets.UTF_8));
            Path out = dir.resolve("out");
            Fuzzing.pages(fixture.dir(), out);
            for (Path file : Trees.files(dir, "")) {
                String name = dir.relativize(file).toString();
                assertTrue(name.startsWith("project/") || name.startsWith("out/"), "written outside: " + name);
            }
        } finally {
            deleteTree(dir);
        }
    }

    /** Every file below {@code base} is the project's or an output folder's. */
    private static void assertEverythingUnder(Path base) {
        for (Path file : Trees.files(base, "")) {
            String name = base.relativize(file).toString();
            assertTrue(name.startsWith("project/") || name.startsWith("out-") || name.startsWith("root"),
                    "written outside the output: " + name);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
