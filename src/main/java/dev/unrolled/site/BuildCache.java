package dev.unrolled.site;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.unrolled.cli.Version;
import dev.unrolled.example.Example;
import dev.unrolled.example.Sentence;
import dev.unrolled.json.Json;
import dev.unrolled.json.JsonReader;
import dev.unrolled.problem.InputException;
import dev.unrolled.site.ProjectReader.Project;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Lets a build skip what has not changed. The site is cut into groups (an article in one language, a language's
 * index, the front page with the assets), each with a fingerprint of everything it is made from: the example file,
 * the language's prose and strings, the templates, the settings, the languages, the tool itself and whether PDFs
 * are made. The fingerprints and each group's files are kept in {@code .unrolled-manifest.json} inside the site; a
 * group whose fingerprint matches and whose files are all there is carried over from the old site instead of being
 * rendered again.
 */
final class BuildCache {
    static final String MANIFEST = ".unrolled-manifest.json";
    private static final int FORMAT = 1;

    /** A group's fingerprint and files (relative paths). */
    record Group(String hash, List<String> files) {}

    private final Map<String, String> hashes = new TreeMap<>();
    private final Map<String, Group> old;

    private final boolean enabled;

    private BuildCache(Map<String, Group> old, boolean enabled) {
        this.old = old;
        this.enabled = enabled;
    }

    /** No cache: everything is rendered and no manifest is written (the preview's first build). */
    static BuildCache none() {
        return new BuildCache(Map.of(), false);
    }

    /** Fingerprints every group of {@code project}, and reads what the site at {@code out} was built from. */
    static BuildCache of(Project project, Path out, SiteBuilder.Pdfs pdfs) {
        BuildCache cache = new BuildCache(read(out), true);
        Hasher files = new Hasher();
        Path dir = project.dir();
        String common = digest(tool(), pdfs.name(), files.tree(dir.resolve("templates")),
                files.file(dir.resolve("content/site.json")), languages(project));
        List<String> examples = new ArrayList<>();
        for (Example example : project.examples()) {
            examples.add(files.file(dir.resolve("content/examples/" + example.id() + ".json")));
        }
        String allExamples = digest(examples.toArray(String[]::new));
        for (Language language : project.languages()) {
            String prose = files.tree(dir.resolve(language.contentDir()));
            cache.hashes.put(index(language), digest(common, prose, allExamples));
            for (Example example : project.examples()) {
                String file = files.file(dir.resolve("content/examples/" + example.id() + ".json"));
                for (Sentence sentence : example.sentences()) {
                    cache.hashes.put(article(language, example, sentence), digest(common, prose, file, sentence.id()));
                }
            }
        }
        cache.hashes.put(SHARED, common);
        return cache;
    }

    static final String SHARED = "shared";

    static String article(Language language, Example example, Sentence sentence) {
        return "article:" + language.code() + "/" + Article.path(example, sentence);
    }

    static String index(Language language) {
        return "index:" + language.code();
    }

    /** Whether {@code group} can be carried over from the old site at {@code out}. */
    boolean unchanged(String group, Path out) {
        if (!enabled) {
            return false;
        }
        Group before = old.get(group);
        if (before == null || !before.hash().equals(hashes.get(group))) {
            return false;
        }
        for (String file : before.files()) {
            if (!Files.isRegularFile(out.resolve(file))) {
                return false;
            }
        }
        return true;
    }

    boolean everythingUnchanged(Path out) {
        return enabled && old.keySet().equals(hashes.keySet())
                && hashes.keySet().stream().allMatch(g -> unchanged(g, out));
    }

    /** Whether the site at {@code out} has a manifest and every file it lists. */
    static boolean complete(Path out) {
        Map<String, Group> groups = read(out);
        return !groups.isEmpty() && groups.values().stream()
                .allMatch(group -> group.files().stream().allMatch(file -> Files.isRegularFile(out.resolve(file))));
    }

    /** The number of files the manifest lists. */
    int fileCount() {
        return old.values().stream().mapToInt(g -> g.files().size()).sum();
    }

    /** Carries every unchanged group over from the old site at {@code out} into {@code into}. */
    void carryOverUnchanged(Path out, Staging into) {
        for (String group : hashes.keySet()) {
            if (unchanged(group, out)) {
                for (String file : old.get(group).files()) {
                    into.link(file, out.resolve(file));
                }
            }
        }
    }

    /**
     * Writes the manifest of the finished site into {@code staging}: every group's fingerprint and files. Without a
     * cache it lists no group (nothing can be carried over from such a site), and still marks the folder as a site
     * this tool built, which a later build may replace ({@link Staging#beside}).
     */
    void write(Staging staging) {
        Map<String, List<String>> files = new TreeMap<>();
        hashes.keySet().forEach(group -> files.put(group, new ArrayList<>()));
        for (String relative : enabled ? staging.files() : Set.<String>of()) {
            if (!relative.equals(MANIFEST)) {
                files.computeIfAbsent(groupOf(relative), g -> new ArrayList<>()).add(relative);
            }
        }
        java.io.StringWriter text = new java.io.StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("format", FORMAT);
            json.writeObjectFieldStart("groups");
            for (Map.Entry<String, List<String>> group : files.entrySet()) {
                json.writeObjectFieldStart(group.getKey());
                json.writeStringField("hash", hashes.getOrDefault(group.getKey(), ""));
                json.writeArrayFieldStart("files");
                for (String file : group.getValue()) {
                    json.writeString(file);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        staging.write(MANIFEST, text + "\n");
    }

    /** The group a site file belongs to, from its path. */
    private String groupOf(String relative) {
        String[] parts = relative.split("/");
        if (parts.length >= 4 && hashes.containsKey("article:" + parts[0] + "/" + parts[1] + "/" + parts[2] + "/")) {
            return "article:" + parts[0] + "/" + parts[1] + "/" + parts[2] + "/";
        }
        if (parts.length == 2 && parts[1].equals("index.html") && hashes.containsKey("index:" + parts[0])) {
            return "index:" + parts[0];
        }
        return SHARED;
    }

    private static Map<String, Group> read(Path out) {
        Path file = out.resolve(MANIFEST);
        Map<String, Group> groups = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return groups;
        }
        try {
            Json root = JsonReader.read(MANIFEST, Files.readString(file, StandardCharsets.UTF_8));
            if (!(root instanceof Json.JObject manifest) || !(member(manifest, "format") instanceof Json.JNumber format)
                    || format.value().intValue() != FORMAT || !(member(manifest, "groups") instanceof Json.JObject all)) {
                return groups;
            }
            for (Json.Member entry : all.members().values()) {
                if (entry.value() instanceof Json.JObject group && member(group, "hash") instanceof Json.JString hash
                        && member(group, "files") instanceof Json.JArray list) {
                    List<String> files = new ArrayList<>();
                    for (Json item : list.items()) {
                        if (item instanceof Json.JString name) {
                            files.add(name.value());
                        }
                    }
                    groups.put(entry.key(), new Group(hash.value(), files));
                }
            }
        } catch (IOException | InputException e) {
            groups.clear(); // an unreadable manifest only means nothing is carried over
        }
        return groups;
    }

    private static Json member(Json.JObject object, String key) {
        Json.Member member = object.members().get(key);
        return member == null ? new Json.JNull(dev.unrolled.problem.Position.UNKNOWN) : member.value();
    }

    /** The languages as every page's switcher shows them. */
    private static String languages(Project project) {
        StringBuilder out = new StringBuilder();
        for (Language language : project.languages()) {
            out.append(language.code()).append('=').append(language.name()).append(';');
        }
        return out.toString();
    }

    /** The tool's version and build: a rebuilt tool never reuses what an older one made. */
    static String tool() {
        try {
            Path code = Path.of(BuildCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return Version.current() + ":" + Files.size(code) + ":" + Files.getLastModifiedTime(code).toMillis();
            }
            return Version.current() + ":" + new Hasher().stamps(code);
        } catch (URISyntaxException | IOException | SecurityException e) {
            return Version.current() + ":" + System.nanoTime();
        }
    }

    static String digest(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Hashes of files and folders, each file read once per build. */
    private static final class Hasher {
        private final Map<Path, String> cache = new HashMap<>();

        String file(Path file) {
            return cache.computeIfAbsent(file, f -> {
                try {
                    if (!Files.isRegularFile(f)) {
                        return "absent";
                    }
                    MessageDigest sha = MessageDigest.getInstance("SHA-256");
                    return HexFormat.of().formatHex(sha.digest(Files.readAllBytes(f)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        String tree(Path folder) {
            if (!Files.isDirectory(folder)) {
                return "absent";
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                List<String> parts = new ArrayList<>();
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    parts.add(folder.relativize(file).toString());
                    parts.add(file(file));
                }
                return digest(parts.toArray(String[]::new));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Sizes and modification times of a folder's files: enough to tell a rebuilt class folder apart. */
        String stamps(Path folder) throws IOException {
            try (Stream<Path> walk = Files.walk(folder)) {
                long sum = 0;
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    sum = sum * 31 + Files.size(file) + Files.getLastModifiedTime(file).toMillis();
                }
                return Long.toHexString(sum);
            }
        }
    }
}
