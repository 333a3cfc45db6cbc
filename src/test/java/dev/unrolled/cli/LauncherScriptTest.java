package dev.unrolled.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script, run by the system's shell against a stand-in {@code java} that prints the arguments it was
 * given: the tuned JVM for a build whose archive fits, {@code java -jar} for everything else; and how it is kept.
 */
class LauncherScriptTest {
    private static final String RUNTIME = "17.0.99+1-test";
    private static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-Dunrolled.test=a b 'c' $HOME");
    private static final String PRINT_ARGUMENTS = "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n";

    @TempDir
    Path temp;
    Path javaHome;
    Path jar;
    Path archive;
    Path script;

    @BeforeEach
    void aJdkAJarAndItsArchive() throws IOException {
        javaHome = temp.resolve("jdk home");
        executable(javaHome.resolve("bin/java"), PRINT_ARGUMENTS);
        Files.writeString(javaHome.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_RUNTIME_VERSION=\"" + RUNTIME
                + "\"\nJAVA_VERSION=\"17.0.99\"\n");
        Path tool = Files.createDirectories(temp.resolve("it's a tool"));
        jar = Files.writeString(tool.resolve("unrolled.jar"), "a jar");
        archive = Files.writeString(tool.resolve(".unrolled.jar-1-2-3-17.jsa"), "its archive");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_700_000_000_000L));
        Files.setLastModifiedTime(archive, FileTime.fromMillis(1_700_000_010_000L));
        script = LauncherScript.path(jar);
        LauncherScript.keep(jar, text());
    }

    private String text() {
        return LauncherScript.text(javaHome, RUNTIME, jar, archive, OPTIONS);
    }

    private static void executable(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        assertTrue(file.toFile().setExecutable(true));
    }

    /** What the stand-in java was given when the script ran with {@code args}. */
    private List<String> run(Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("UNROLLED_NO_RELAUNCH");
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), out);
        return out.lines().toList();
    }

    private List<String> tuned(String... args) {
        List<String> expected = new ArrayList<>(List.of("-Dunrolled.child=" + LauncherScript.DIRECT));
        expected.addAll(OPTIONS);
        expected.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-jar", jar.toString()));
        expected.addAll(List.of(args));
        return expected;
    }

    private List<String> plain(String... args) {
        List<String> expected = new ArrayList<>(List.of("-jar", jar.toString()));
        expected.addAll(List.of(args));
        return expected;
    }

    @Test
    void aBuildStartsInTheTunedJvmWithItsArgumentsAsGiven() throws Exception {
        String[] args = {"build", "--project", "my project", "*", "$HOME", "it's"};
        assertEquals(tuned(args), run(Map.of(), args));
        assertEquals(tuned("build"), run(Map.of(), "build"));
    }

    @Test
    void everyOtherCommandRunsJavaDashJar() throws Exception {
        assertEquals(plain("trace", "alice"), run(Map.of(), "trace", "alice"));
        assertEquals(plain("--help"), run(Map.of(), "--help"));
        assertEquals(plain(), run(Map.of()));
        assertEquals(plain("serve", "build"), run(Map.of(), "serve", "build"));
    }

    @Test
    void aBuildRunsJavaDashJarWhenTheArchiveDoesNotFitOrTheUserOptsOut() throws Exception {
        assertEquals(plain("build"), run(Map.of("UNROLLED_NO_RELAUNCH", "1"), "build"));

        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_700_000_020_000L));
        assertEquals(plain("build"), run(Map.of(), "build"), "the jar is newer than its archive");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_700_000_000_000L));
        assertEquals(tuned("build"), run(Map.of(), "build"));

        Path release = javaHome.resolve("release");
        String current = Files.readString(release);
        Files.writeString(release, current.replace(RUNTIME, "17.0.100+1-test"));
        assertEquals(plain("build"), run(Map.of(), "build"), "the JDK was updated in place");
        Files.writeString(release, current.replace("\"" + RUNTIME + "\"", "\"" + RUNTIME + "-other\""));
        assertEquals(plain("build"), run(Map.of(), "build"), "a version that begins the same is another");
        Files.delete(release);
        assertEquals(plain("build"), run(Map.of(), "build"), "a JDK without a release file");
        Files.writeString(release, current);
        assertEquals(tuned("build"), run(Map.of(), "build"));

        Files.delete(archive);
        assertEquals(plain("build"), run(Map.of(), "build"), "no archive");
    }

    @Test
    void aJdkThatHasGoneIsReplacedByTheJavaOnThePath() throws Exception {
        Files.delete(javaHome.resolve("bin/java"));
        Path bin = temp.resolve("bin");
        executable(bin.resolve("java"), "#!/bin/sh\necho 'java on the path'\n" + PRINT_ARGUMENTS.substring(10));
        List<String> expected = new ArrayList<>(List.of("java on the path"));
        expected.addAll(plain("build"));
        assertEquals(expected, run(Map.of("PATH", bin + ":/usr/bin:/bin"), "build"));
    }

    @Test
    void theScriptIsWrittenExecutableAndWrittenAgainWhenItsTextChanges() throws Exception {
        assertEquals(text(), Files.readString(script));
        assertTrue(Files.isExecutable(script));
        assertEquals("unrolled", script.getFileName().toString());

        FileTime written = FileTime.fromMillis(1_600_000_000_000L);
        Files.setLastModifiedTime(script, written);
        LauncherScript.keep(jar, text());
        assertEquals(written, Files.getLastModifiedTime(script), "the same text is not written again");

        String other = LauncherScript.text(javaHome, RUNTIME, jar, archive, List.of("-XX:TieredStopAtLevel=1"));
        LauncherScript.keep(jar, other);
        assertEquals(other, Files.readString(script));
        assertTrue(Files.isExecutable(script));
        assertEquals(List.of("it's a tool", "jdk home"), names(temp), "no temporary file is left");
        assertEquals(List.of(".unrolled.jar-1-2-3-17.jsa", "unrolled", "unrolled.jar"), names(jar.getParent()));
    }

    @Test
    void aFileOfThatNameThatIsNotOursIsLeftAlone() throws Exception {
        String mine = "#!/bin/sh\necho my own unrolled\n";
        Files.writeString(script, mine);
        LauncherScript.keep(jar, text());
        assertEquals(mine, Files.readString(script));

        Files.delete(script);
        Files.createDirectories(script.resolve("inside"));
        LauncherScript.keep(jar, text());
        assertTrue(Files.isDirectory(script.resolve("inside")), "a folder of that name stays a folder");
        assertEquals(List.of(".unrolled.jar-1-2-3-17.jsa", "unrolled", "unrolled.jar"), names(jar.getParent()));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
