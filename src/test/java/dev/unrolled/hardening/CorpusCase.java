package dev.unrolled.hardening;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One case of the bad-input corpus ({@code src/test/resources/corpus/*.case}): a header of expectations, then the
 * project files the case writes over the fixture project.
 * <pre>
 * # what the case is about
 * exit: 2                      the exit code
 * stderr: REGEX                each must be found in stderr ({project} is the project's path)
 * page: en/…/index.html        for a successful build: a page to read …
 * text: LITERAL                … whose text must contain this
 * none: CSS SELECTOR           … in which this must match nothing
 * no-file: RELATIVE            a file the build must not have created
 * mkdir: RELATIVE              a folder to create
 * seconds: 60                  the time bound (default 60)
 * --- RELATIVE PATH            the content of a file, to the next "--- " line
 * </pre>
 * In file content, {@code {{repeat "TEXT" N}}} repeats TEXT N times and {@code {{byte XX}}} is one raw byte.
 */
record CorpusCase(String name, String description, int exit, List<String> stderr, String page, List<String> texts,
                  List<String> none, List<String> noFiles, List<String> folders, int seconds,
                  Map<String, String> files) {
    private static final Pattern REPEAT = Pattern.compile("\\{\\{repeat \"([^\"]*)\" (\\d+)}}");
    private static final Pattern BYTE = Pattern.compile("\\{\\{byte ([0-9a-fA-F]{2})}}");

    static CorpusCase read(Path file) {
        try {
            String name = file.getFileName().toString().replaceFirst("\\.case$", "");
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String description = "";
            int exit = -1;
            int seconds = 60;
            String page = "";
            List<String> stderr = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            List<String> none = new ArrayList<>();
            List<String> noFiles = new ArrayList<>();
            List<String> folders = new ArrayList<>();
            Map<String, String> files = new LinkedHashMap<>();
            String current = null;
            StringBuilder content = new StringBuilder();
            for (String line : lines) {
                if (line.startsWith("--- ")) {
                    if (current != null) {
                        files.put(current, content.toString());
                    }
                    current = line.substring(4).strip();
                    content.setLength(0);
                } else if (current != null) {
                    content.append(line).append('\n');
                } else if (line.startsWith("# ")) {
                    description += line.substring(2);
                } else if (line.startsWith("exit: ")) {
                    exit = Integer.parseInt(line.substring(6).strip());
                } else if (line.startsWith("stderr: ")) {
                    stderr.add(line.substring(8));
                } else if (line.startsWith("page: ")) {
                    page = line.substring(6).strip();
                } else if (line.startsWith("text: ")) {
                    texts.add(line.substring(6));
                } else if (line.startsWith("none: ")) {
                    none.add(line.substring(6));
                } else if (line.startsWith("no-file: ")) {
                    noFiles.add(line.substring(9).strip());
                } else if (line.startsWith("mkdir: ")) {
                    folders.add(line.substring(7).strip());
                } else if (line.startsWith("seconds: ")) {
                    seconds = Integer.parseInt(line.substring(9).strip());
                } else if (!line.isBlank()) {
                    throw new IllegalArgumentException(file + ": cannot read header line: " + line);
                }
            }
            if (current != null) {
                files.put(current, content.toString());
            }
            if (exit < 0 || description.isEmpty()) {
                throw new IllegalArgumentException(file + ": a case needs a description and an exit code");
            }
            return new CorpusCase(name, description, exit, stderr, page, texts, none, noFiles, folders, seconds, files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the case's files and folders into {@code project}. */
    void apply(Path project) throws IOException {
        for (String folder : folders) {
            Files.createDirectories(project.resolve(folder));
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = project.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, bytes(file.getValue().replace("{project}", project.toString())));
        }
    }

    static byte[] bytes(String text) {
        Matcher repeat = REPEAT.matcher(text);
        StringBuilder expanded = new StringBuilder();
        while (repeat.find()) {
            repeat.appendReplacement(expanded, Matcher.quoteReplacement(repeat.group(1).repeat(
                    Integer.parseInt(repeat.group(2)))));
        }
        repeat.appendTail(expanded);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Matcher raw = BYTE.matcher(expanded);
        int from = 0;
        while (raw.find()) {
            out.writeBytes(expanded.substring(from, raw.start()).getBytes(StandardCharsets.UTF_8));
            out.write(Integer.parseInt(raw.group(1), 16));
            from = raw.end();
        }
        out.writeBytes(expanded.substring(from).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Override
    public String toString() {
        return name + ": " + description;
    }
}
