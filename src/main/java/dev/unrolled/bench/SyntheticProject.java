package dev.unrolled.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A generated project for measurements: one example with N sentences of L words and H hidden units (4 features,
 * 12 words, weights drawn from a fixed seed), the English prose and the templates of a real project.
 */
final class SyntheticProject {
    private static final List<String> WORDS = List.of("the", "cat", "sat", "on", "a", "mat", "she", "saw", "it",
            "and", "ran", "home");

    private SyntheticProject() {}

    static Path write(Path dir, Path source, int sentences, int tokens, int hidden) {
        try {
            copy(source.resolve("templates"), dir.resolve("templates"));
            copy(source.resolve("content/en"), dir.resolve("content/en"));
            Files.createDirectories(dir.resolve("content/examples"));
            Files.writeString(dir.resolve("content/examples/bench.json"), example(sentences, tokens, hidden),
                    StandardCharsets.UTF_8);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String example(int sentences, int tokens, int hidden) {
        Random random = new Random(42);
        int features = 4;
        StringBuilder json = new StringBuilder("{\"id\": \"bench\", \"features\": [\"f1\", \"f2\", \"f3\", \"f4\"], ")
                .append("\"hiddenSize\": ").append(hidden).append(", \"vocabulary\": {");
        for (int w = 0; w < WORDS.size(); w++) {
            json.append(w == 0 ? "" : ", ").append('"').append(WORDS.get(w)).append("\": ")
                    .append(vector(random, features));
        }
        json.append("}, \"weights\": {");
        String[] gates = {"forget", "input", "candidate", "output"};
        for (int g = 0; g < gates.length; g++) {
            List<String> rows = new ArrayList<>();
            for (int j = 0; j < hidden; j++) {
                rows.add(vector(random, hidden + features));
            }
            json.append(g == 0 ? "" : ", ").append('"').append(gates[g]).append("\": {\"W\": [")
                    .append(String.join(", ", rows)).append("], \"b\": ").append(vector(random, hidden)).append('}');
        }
        json.append("}, \"sentences\": [");
        for (int s = 0; s < sentences; s++) {
            List<String> words = new ArrayList<>();
            for (int t = 0; t < tokens; t++) {
                words.add(WORDS.get(random.nextInt(WORDS.size())));
            }
            json.append(s == 0 ? "" : ", ").append("{\"id\": \"s").append(s).append("\", \"text\": \"")
                    .append(String.join(" ", words)).append(".\"}");
        }
        return json.append("]}").toString();
    }

    private static String vector(Random random, int size) {
        List<String> values = new ArrayList<>();
        for (int n = 0; n < size; n++) {
            values.add(String.valueOf((random.nextInt(201) - 100) / 100.0));
        }
        return "[" + String.join(", ", values) + "]";
    }

    /** Copies a real project's content and templates to {@code to}, and returns {@code to}. */
    static Path copyProject(Path project, Path to) throws IOException {
        for (String folder : List.of("content", "templates")) {
            copy(project.resolve(folder), to.resolve(folder));
        }
        return to;
    }

    /** Copies the tree {@code from} to {@code to}. */
    static void copy(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            throw new IOException("the benchmark needs " + from
                    + " (run it in a project with templates/ and content/en/)");
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : walk.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    static void delete(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
