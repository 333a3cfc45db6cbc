package dev.unrolled.hardening;

import dev.unrolled.testing.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example loader under arbitrary input: any bytes, any text, and valid files with random edits either load (and
 * run) or fail with located problems, in bounded time. Inputs that once broke it are kept in
 * src/test/resources/fuzz/examples and replayed here.
 */
class LoaderFuzzTest {
    private static final String JSON_CHARS = "{}[]\":,. -+eE0123456789abcdefnulltrueW\\u\n\t ";

    @Property(tries = 400)
    void anyBytes(@ForAll byte[] bytes) {
        Fuzzing.example(bytes);
    }

    @Property(tries = 400)
    void anyText(@ForAll String text) {
        Fuzzing.example(text.getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> editedExamples() {
        return Arbitraries.longs().map(seed -> {
            Random random = new Random(seed);
            StringBuilder text = new StringBuilder(RandomJson.example(1 + random.nextInt(3), 1 + random.nextInt(3),
                    1 + random.nextInt(6), seed, 1 + random.nextInt(400), random.nextBoolean() ? "hand" : "exact"));
            for (int edits = 1 + random.nextInt(4); edits > 0; edits--) {
                int at = random.nextInt(text.length());
                switch (random.nextInt(4)) {
                    case 0 -> text.deleteCharAt(at);
                    case 1 -> text.insert(at, JSON_CHARS.charAt(random.nextInt(JSON_CHARS.length())));
                    case 2 -> text.replace(at, Math.min(text.length(), at + 1 + random.nextInt(8)), "");
                    default -> text.insert(at, text.substring(at, Math.min(text.length(), at + random.nextInt(12))));
                }
            }
            return text.toString();
        });
    }

    @Property(tries = 1000)
    void validFilesWithRandomEdits(@ForAll("editedExamples") String text) {
        Fuzzing.example(text.getBytes(StandardCharsets.UTF_8));
    }

    static Stream<Path> regressions() {
        return Trees.files(Path.of("src/test/resources/fuzz/examples"), "").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("regressions")
    void keptInputs(Path input) throws IOException {
        Fuzzing.example(Files.readAllBytes(input));
    }
}
