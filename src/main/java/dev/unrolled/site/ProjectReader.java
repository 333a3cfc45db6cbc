package dev.unrolled.site;

import dev.unrolled.example.Example;
import dev.unrolled.example.ExampleReader;
import dev.unrolled.json.Binder;
import dev.unrolled.json.Json;
import dev.unrolled.json.JsonPath;
import dev.unrolled.json.JsonReader;
import dev.unrolled.problem.DisplayPath;
import dev.unrolled.problem.InputException;
import dev.unrolled.problem.Problem;
import dev.unrolled.problem.SourceFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a project's {@code content/}: the settings, every example and every language. All problems across all files
 * are collected and reported together.
 */
public final class ProjectReader {
    private static final Set<String> SETTINGS_FIELDS = new java.util.LinkedHashSet<>(List.of("defaultLanguage", "paper",
            "exercises"));
    private static final Set<String> EXERCISE_FIELDS = new java.util.LinkedHashSet<>(List.of("blank", "fromStep"));

    private final Path dir;
    private final List<Problem> problems = new ArrayList<>();

    private ProjectReader(Path dir) {
        this.dir = dir;
    }

    /** The content of a project. */
    public record Project(Path dir, SiteSettings settings, List<Example> examples, List<Language> languages) {
        public Project {
            examples = List.copyOf(examples);
            languages = List.copyOf(languages);
        }
    }

    public static Project read(Path dir) {
        return new ProjectReader(dir).read();
    }

    private Project read() {
        Path content = dir.resolve("content");
        if (!Files.isDirectory(content)) {
            throw new InputException(Problem.inFile(DisplayPath.of(content), "no content folder: a project has "
                    + "content/examples/*.json and content/<language>/ (use --project to point at one)"));
        }
        if (!Files.isDirectory(dir.resolve("templates"))) {
            throw new InputException(Problem.inFile(DisplayPath.of(dir.resolve("templates")), "no templates folder: "
                    + "a project needs templates/ with its page layouts and formula macros"));
        }
        SiteSettings settings = settings(content.resolve("site.json"));
        List<Example> examples = examples(content.resolve("examples"));
        List<Language> languages = languages(content, settings);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new Project(dir, settings, examples, languages);
    }

    private SiteSettings settings(Path file) {
        if (!Files.exists(file)) {
            return SiteSettings.DEFAULT;
        }
        try {
            String name = DisplayPath.of(file);
            Binder in = new Binder(name);
            Json root = JsonReader.read(name, SourceFiles.readUtf8(file, name));
            SiteSettings defaults = SiteSettings.DEFAULT;
            Json.JObject object = in.object(root, "$").orElse(null);
            if (object == null) {
                problems.addAll(in.problems());
                return defaults;
            }
            in.onlyKnown(object, "$", SETTINGS_FIELDS);
            String language = Binder.optional(object, "defaultLanguage")
                    .flatMap(v -> in.string(v, "$.defaultLanguage")).orElse(defaults.defaultLanguage());
            SiteSettings.Paper paper = Binder.optional(object, "paper").flatMap(v -> in.string(v, "$.paper")
                    .flatMap(text -> paper(in, v, text))).orElse(defaults.paper());
            SiteSettings.Exercises exercises = Binder.optional(object, "exercises")
                    .flatMap(v -> exercises(in, v)).orElse(defaults.exercises());
            problems.addAll(in.problems());
            return new SiteSettings(language, paper, exercises);
        } catch (InputException e) {
            problems.addAll(e.problems());
            return SiteSettings.DEFAULT;
        }
    }

    private static java.util.Optional<SiteSettings.Paper> paper(Binder in, Json at, String text) {
        for (SiteSettings.Paper paper : SiteSettings.Paper.values()) {
            if (paper.key().equalsIgnoreCase(text)) {
                return java.util.Optional.of(paper);
            }
        }
        in.problem(at.position(), "$.paper", "unknown paper size \"" + text + "\"; expected \"A4\" or \"Letter\"");
        return java.util.Optional.empty();
    }

    private static java.util.Optional<SiteSettings.Exercises> exercises(Binder in, Json value) {
        java.util.Optional<Json.JObject> object = in.object(value, "$.exercises");
        if (object.isEmpty()) {
            return java.util.Optional.empty();
        }
        in.onlyKnown(object.get(), "$.exercises", EXERCISE_FIELDS);
        SiteSettings.Exercises defaults = SiteSettings.Exercises.DEFAULT;
        Set<SiteSettings.Blank> blank = defaults.blank();
        java.util.Optional<Json> list = Binder.optional(object.get(), "blank");
        if (list.isPresent()) {
            blank = java.util.EnumSet.noneOf(SiteSettings.Blank.class);
            List<Json> items = in.array(list.get(), "$.exercises.blank").orElse(List.of());
            for (int i = 0; i < items.size(); i++) {
                String path = JsonPath.index("$.exercises.blank", i);
                Json item = items.get(i);
                java.util.Optional<String> key = in.string(item, path);
                java.util.Optional<SiteSettings.Blank> kind = key.flatMap(k -> java.util.Arrays.stream(
                        SiteSettings.Blank.values()).filter(b -> b.key().equals(k)).findFirst());
                if (key.isPresent() && kind.isEmpty()) {
                    in.problem(item.position(), path, "unknown kind \"" + key.get() + "\"; expected \"gates\", "
                            + "\"cell\" or \"hidden\"");
                }
                kind.ifPresent(blank::add);
            }
        }
        int fromStep = Binder.optional(object.get(), "fromStep").flatMap(v -> in.integer(v, "$.exercises.fromStep",
                0, ExampleReader.MAX_TOKENS, "the first step whose results are left blank")).orElse(defaults.fromStep());
        return java.util.Optional.of(new SiteSettings.Exercises(blank, fromStep));
    }

    private List<Example> examples(Path folder) {
        List<Path> files = list(folder, ".json");
        if (files.isEmpty()) {
            problems.add(Problem.inFile(DisplayPath.of(folder), "no examples: add at least one "
                    + "content/examples/<id>.json"));
        }
        List<Example> examples = new ArrayList<>();
        Map<String, String> ids = new LinkedHashMap<>();
        for (Path file : files) {
            String name = DisplayPath.of(file);
            try {
                Example example = ExampleReader.read(file, name);
                String expected = file.getFileName().toString().replaceFirst("\\.json$", "");
                if (!example.id().equals(expected)) {
                    problems.add(new Problem(name, 0, 0, "$.id", "the id \"" + example.id() + "\" does not match "
                            + "the file name; name the file " + example.id() + ".json or set \"id\": \"" + expected
                            + "\""));
                } else if (ids.putIfAbsent(example.id(), name) == null) {
                    examples.add(example);
                }
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        return examples;
    }

    private List<Language> languages(Path content, SiteSettings settings) {
        List<Language> languages = new ArrayList<>();
        for (Path folder : list(content, "")) {
            Path strings = folder.resolve("strings.json");
            if (Files.isDirectory(folder) && Files.exists(strings)) {
                String code = folder.getFileName().toString();
                if (!code.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
                    problems.add(Problem.inFile(DisplayPath.of(folder), "\"" + code + "\" is not a language code "
                            + "(e.g. en, zh, pt-BR); language folders are named by their code"));
                    continue;
                }
                strings(strings).ifPresent(map -> languages.add(new Language(code, map)));
            }
        }
        if (languages.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.inFile(DisplayPath.of(content), "no languages: add content/<code>/strings.json "
                    + "and content/<code>/article.md (e.g. content/en/)"));
        }
        languages.sort((a, b) -> a.code().equals(settings.defaultLanguage()) ? -1
                : b.code().equals(settings.defaultLanguage()) ? 1 : a.code().compareTo(b.code()));
        if (!languages.isEmpty() && !languages.get(0).code().equals(settings.defaultLanguage())) {
            problems.add(Problem.inFile(DisplayPath.of(content.resolve("site.json")), "the default language \""
                    + settings.defaultLanguage() + "\" has no content/" + settings.defaultLanguage()
                    + "/strings.json"));
        }
        checkSameKeys(languages);
        return languages;
    }

    private java.util.Optional<Map<String, Object>> strings(Path file) {
        String name = DisplayPath.of(file);
        try {
            Binder in = new Binder(name);
            Json root = JsonReader.read(name, SourceFiles.readUtf8(file, name));
            Map<String, Object> strings = in.object(root, "$").map(o -> table(in, o, "$")).orElse(Map.of());
            problems.addAll(in.problems());
            return in.hasProblems() ? java.util.Optional.empty() : java.util.Optional.of(strings);
        } catch (InputException e) {
            problems.addAll(e.problems());
            return java.util.Optional.empty();
        }
    }

    /** Nested objects of strings, as nested maps for the templates ({@code strings.gate.forget}). */
    private static Map<String, Object> table(Binder in, Json.JObject object, String path) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Json.Member member : object.members().values()) {
            String child = JsonPath.child(path, member.key());
            if (member.value() instanceof Json.JObject nested) {
                map.put(member.key(), table(in, nested, child));
            } else {
                in.string(member.value(), child).ifPresent(text -> map.put(member.key(), text));
            }
        }
        return map;
    }

    /** Every language must define the keys the default language defines, so no page misses a label. */
    private void checkSameKeys(List<Language> languages) {
        if (languages.size() < 2) {
            return;
        }
        Set<String> reference = keys(languages.get(0).strings(), "");
        for (Language language : languages.subList(1, languages.size())) {
            Set<String> keys = keys(language.strings(), "");
            for (String key : reference) {
                if (!keys.contains(key)) {
                    problems.add(new Problem(DisplayPath.of(dir.resolve(language.contentDir()).resolve("strings.json")),
                            0, 0, "$." + key, "missing; content/" + languages.get(0).code()
                            + "/strings.json defines it, and every language needs the same labels"));
                }
            }
        }
    }

    private static Set<String> keys(Map<String, Object> strings, String prefix) {
        Set<String> keys = new HashSet<>();
        for (Map.Entry<String, Object> e : strings.entrySet()) {
            if (e.getValue() instanceof Map<?, ?> nested) {
                @SuppressWarnings("unchecked")
                Map<String, Object> typed = (Map<String, Object>) nested;
                keys.addAll(keys(typed, prefix + e.getKey() + "."));
            } else {
                keys.add(prefix + e.getKey());
            }
        }
        return keys;
    }

    private static List<Path> list(Path folder, String suffix) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> p.getFileName().toString().endsWith(suffix))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new InputException(Problem.inFile(DisplayPath.of(folder), "cannot list: " + e.getMessage()));
        }
    }
}
