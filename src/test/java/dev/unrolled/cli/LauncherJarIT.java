package dev.unrolled.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.unrolled.testing.FixtureProject;
import dev.unrolled.testing.Trees;
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
 * The packaged jar as a user starts it: {@code java -jar unrolled.jar build} hands the build to a tuned child JVM
 * (see {@code Relaunch}). What the user sees must not change with that: the same site byte for byte, the same
 * messages and exit codes, a kill that stops the build, and a class-data archive kept beside the jar.
 */
class LauncherJarIT {
    @TempDir
    Path temp;
    Path jar;

    @BeforeEach
    void copyTheJar() throws IOException {
        Path built = Path.of("target/unrolled.jar");
        assertTrue(Files.isRegularFile(built), "run after mvn package: " + built.toAbsolutePath());
        jar = Files.createDirectories(temp.resolve("tool")).resolve("unrolled.jar");
        Files.copy(built, jar);
    }

    private record Run(int code, String out, String err) {}

    private Run java(Map<String, String> environment, String... args) throws Exception {
        return java(List.of(), environment, args);
    }

    private Run java(List<String> jvmOptions, Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(temp.resolve("out.txt").toFile())
                .redirectError(temp.resolve("err.txt").toFile());
        builder.environment().remove("UNROLLED_NO_RELAUNCH");
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the build finishes");
        return new Run(process.exitValue(), Files.readString(temp.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(temp.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    /**
     * Builds {@code project} into {@code out} with every JVM's loaded classes logged, and returns where the build
     * JVM found the tool's PDF renderer (which the launching JVM never loads): "shared objects file (top)" from the
     * class archive, the jar's URL without.
     */
    private String pdfRendererSource(FixtureProject project, Path out) throws Exception {
        Path logs = Files.createDirectories(temp.resolve("classes-" + System.nanoTime()));
        Run run = java(List.of("-Xlog:class+load=info:file=" + logs.resolve("%p.txt")), Map.of(), "build",
                "--project", project.dir().toString(), "--out", out.toString());
        assertEquals(0, run.code(), run.toString());
        return pdfRendererSource(logs);
    }

    /** The files beside the jar but the jar and its launcher script. */
    private List<String> archives() throws IOException {
        try (Stream<Path> files = Files.list(jar.getParent())) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("unrolled.jar") && !n.equals("unrolled")).sorted().toList();
        }
    }

    /** Where the one JVM that loaded the tool's PDF renderer found it, from the class-loading logs in {@code logs}. */
    private static String pdfRendererSource(Path logs) throws IOException {
        try (Stream<Path> files = Files.list(logs)) {
            List<String> sources = new ArrayList<>();
            for (Path log : files.toList()) {
                Files.readAllLines(log).stream().filter(line -> line.contains(" dev.unrolled.pdf.PdfRenderer "))
                        .map(line -> line.substring(line.indexOf(" source: ") + " source: ".length()))
                        .forEach(sources::add);
            }
            assertEquals(1, sources.size(), "only the build JVM renders PDFs: " + sources);
            return sources.get(0);
        }
    }

    @Test
    void theRelaunchedBuildMakesTheSameSiteKeepsAnArchiveAndSkipsAnUnchangedSite() throws Exception {
        Files.writeString(jar.resolveSibling(".unrolled.jar-1-2-old.jsa"), "an archive of an older jar");
        Files.writeString(jar.resolveSibling(".unrolled.jar-1-2-old.jsa.999999999.tmp"), "a killed launcher's");
        String neighbours = ".unrolled.jar-copy.jar-1-2-3-old.jsa"; // another jar's, whose name begins with ours
        Files.writeString(jar.resolveSibling(neighbours), "the archive of unrolled.jar-copy.jar");
        FixtureProject project = FixtureProject.tiny(temp.resolve("a"));

        Run first = java(Map.of(), "build", "--project", project.dir().toString());
        assertEquals(0, first.code(), first.toString());
        assertTrue(first.out().startsWith("built "), first.out());
        assertEquals("", first.err());
        List<String> archives = new ArrayList<>(archives());
        assertTrue(archives.remove(neighbours), "another jar's archive is left alone: " + archives);
        Files.delete(jar.resolveSibling(neighbours));
        assertEquals(1, archives.size(), "one archive, the old ones deleted and no temporary left: " + archives);
        assertTrue(archives.get(0).matches("\\.unrolled\\.jar-[0-9a-f]+-[0-9a-f]+-[0-9a-f]+-[\\w.]+\\.jsa"),
                archives.get(0));

        // the same jar in one plain JVM (the jar, not the test's class path: a class path orders the XML
        // serialisers differently, and the PDFs' XMP metadata with them)
        Path scratch = temp.resolve("scratch");
        Run plain = java(Map.of("UNROLLED_NO_RELAUNCH", "1"), "build", "--project", project.dir().toString(),
                "--out", scratch.toString());
        assertEquals(0, plain.code(), plain.toString());
        String site = Trees.hash(project.site());
        assertEquals(Trees.hash(scratch), site, "the tuned JVM builds what a plain JVM builds");

        Path manifest = project.site().resolve(".unrolled-manifest.json");
        FileTime written = Files.getLastModifiedTime(manifest);
        Run second = java(Map.of(), "build", "--project", project.dir().toString());
        assertEquals(0, second.code(), second.toString());
        assertTrue(second.out().matches("(?s).* is up to date: nothing changed since the last build \\(\\d+ ms\\)\n"),
                second.out());
        assertEquals(site, Trees.hash(project.site()));
        assertEquals(written, Files.getLastModifiedTime(manifest), "nothing was rewritten");
        Run attached = java(Map.of(), "build", "--project=" + project.dir());
        assertEquals(0, attached.code(), attached.toString());
        assertTrue(attached.out().contains(" is up to date: "), "the same build, its value attached: " + attached);
        assertEquals(written, Files.getLastModifiedTime(manifest), "nothing was rewritten");

        Run third = java(Map.of(), "build", "--project", project.dir().toString(), "--no-pdf");
        assertEquals(0, third.code(), third.toString());
        assertTrue(third.out().startsWith("built "), "a different kind of build is not up to date: " + third.out());
        assertEquals(archives, archives(), "the archive is reused");
    }

    /**
     * A build without PDFs never loads the PDF engine, so its archive lacks those classes: the first build with
     * PDFs writes a full one in its place, which web-only builds then use too.
     */
    @Test
    void anArchiveWrittenWithoutPdfsIsReplacedByTheFirstBuildWithThem() throws Exception {
        FixtureProject project = FixtureProject.tiny(temp.resolve("a"));
        assertEquals(0, java(Map.of(), "build", "--project", project.dir().toString(), "--no-pdf").code());
        List<String> webOnly = archives();
        assertEquals(1, webOnly.size(), webOnly.toString());
        assertTrue(webOnly.get(0).endsWith(".web.jsa"), webOnly.toString());

        assertEquals(0, java(Map.of(), "build", "--project", project.dir().toString()).code());
        List<String> full = archives();
        assertEquals(1, full.size(), "the web-only archive is gone: " + full);
        assertEquals(webOnly.get(0).replace(".web.jsa", ".jsa"), full.get(0));

        Run web = java(Map.of(), "build", "--project", project.dir().toString(), "--no-pdf");
        assertEquals(0, web.code(), web.toString());
        assertEquals(full, archives(), "a web-only build uses the full archive and writes none");
    }

    /**
     * The JVM takes a class archive only for the class path it was made with: a jar moved with its archive (a
     * project folder renamed, say) makes an archive of its own, deletes the one that came with it, and starts from
     * the new one. (An archive named for the jar's size and time alone looked usable there and was handed to the
     * JVM, which refused it without a word, so that every build ran without one.)
     */
    @Test
    void aJarMovedWithItsArchiveMakesOneOfItsOwnAndStartsFromIt() throws Exception {
        FixtureProject project = FixtureProject.tiny(temp.resolve("a"));
        assertEquals(0, java(Map.of(), "build", "--project", project.dir().toString()).code());
        List<String> made = archives();
        assertEquals(1, made.size(), made.toString());
        assertTrue(pdfRendererSource(project, temp.resolve("site-1")).startsWith("shared objects file"));

        Path moved = Files.createDirectories(temp.resolve("moved"));
        for (String name : List.of("unrolled.jar", made.get(0))) {
            Files.move(jar.resolveSibling(name), moved.resolve(name)); // as a renamed folder: times kept
        }
        jar = moved.resolve("unrolled.jar");
        assertTrue(pdfRendererSource(project, temp.resolve("site-2")).startsWith("file:"),
                "the first build of the moved jar makes its archive");
        List<String> own = archives();
        assertEquals(1, own.size(), "the archive that came with the jar is deleted: " + own);
        assertNotEquals(made.get(0), own.get(0));
        assertTrue(pdfRendererSource(project, temp.resolve("site-3")).startsWith("shared objects file"),
                "the next build starts from it");
    }

    /**
     * {@code mvn package} leaves target/unrolled.jar with its class archive beside it (the pom builds the shipped
     * content once for it), so that a user's first build starts from it, as the next ones do.
     */
    @Test
    void thePackagedJarComesWithItsArchive() throws Exception {
        assumeFalse(Boolean.getBoolean("unrolled.skipClassArchive"), "packaged with -Dunrolled.skipClassArchive");
        jar = Path.of("target/unrolled.jar").toAbsolutePath();
        List<String> packaged = archives().stream().filter(name -> name.endsWith(".jsa")).toList();
        assertEquals(List.of(Relaunch.archive(jar).getFileName().toString()), packaged);
        String script = Files.readString(LauncherScript.path(jar));
        assertTrue(script.contains("archive=" + LauncherScript.quoted(Relaunch.archive(jar).toString()) + "\n")
                && script.contains("jar=" + LauncherScript.quoted(jar.toString()) + "\n"), script);
        FixtureProject project = FixtureProject.tiny(temp.resolve("a"));
        assertTrue(pdfRendererSource(project, temp.resolve("site")).startsWith("shared objects file"));
        assertEquals(packaged, archives().stream().filter(name -> name.endsWith(".jsa")).toList());
    }

    /**
     * The build JVM gets the launcher's collector: fixed generations whose survivors are used, a first heap that is
     * not touched at start; and nothing but the input stamp is kept beside the site for the next build (no
     * collector log, no record of the heap, as an earlier launcher kept).
     */
    @Test
    void theBuildJvmRunsWithTheLaunchersCollector() throws Exception {
        FixtureProject project = FixtureProject.shipped(temp.resolve("a"));
        Process launcher = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "build", "--project", project.dir().toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("build.log").toFile()).start();
        List<String> options = List.of();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        // until the child is the build JVM, marked by the launcher's pid: it is first a fork of the launcher (with
        // the launcher's own arguments, "-jar" among them), then the JDK's spawn helper, with arguments of its own
        while (options.stream().noneMatch(option -> option.startsWith("-D" + Relaunch.CHILD + "="))
                && launcher.isAlive() && System.nanoTime() < deadline) {
            options = launcher.toHandle().children().findFirst().flatMap(child -> child.info().arguments())
                    .map(List::of).orElse(List.of());
            Thread.sleep(5);
        }
        assertTrue(launcher.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, launcher.exitValue(), Files.readString(temp.resolve("build.log")));
        assertTrue(options.containsAll(List.of("-XX:+UseParallelGC", "-Xmn192m", "-XX:MaxTenuringThreshold=1",
                "-XX:SurvivorRatio=4", "-XX:-UseAdaptiveSizePolicy", "-XX:TieredStopAtLevel=1")), options.toString());
        assertFalse(options.contains("-XX:+AlwaysPreTouch"), options.toString());
        Path beside = project.dir().resolve(".site.inputs"); // absent when the fixture is too fresh to stamp
        if (Files.exists(beside)) {
            try (Stream<Path> kept = Files.list(beside)) {
                List<String> names = kept.map(p -> p.getFileName().toString()).toList();
                assertTrue(List.of(".gitignore", "stamp").containsAll(names), names.toString());
            }
        }
    }

    /**
     * The script beside the jar starts the build JVM itself: the process it starts becomes the tuned JVM (the shell
     * execs it), with no launcher JVM, starting from the archive the launcher made, and builds what the launcher's
     * build JVM builds.
     */
    @Test
    void theScriptBesideTheJarBuildsInOneTunedJvmFromTheArchive() throws Exception {
        FixtureProject project = FixtureProject.tiny(temp.resolve("a"));
        Run first = java(Map.of(), "build", "--project", project.dir().toString());
        assertEquals(0, first.code(), first.toString());
        Path script = LauncherScript.path(jar);
        assertTrue(Files.isExecutable(script), "the launcher wrote the script");

        Path scratch = temp.resolve("scratch");
        Path logs = Files.createDirectories(temp.resolve("classes"));
        ProcessBuilder builder = new ProcessBuilder(script.toString(), "build", "--project",
                project.dir().toString(), "--out", scratch.toString()).redirectErrorStream(true)
                .redirectOutput(temp.resolve("script.log").toFile());
        builder.environment().remove("UNROLLED_NO_RELAUNCH");
        builder.environment().put("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + logs.resolve("%p.txt"));
        Process build = builder.start();
        List<String> options = List.of();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        long children = 0;
        while (!options.contains("-D" + Relaunch.CHILD + "=" + LauncherScript.DIRECT) && build.isAlive()
                && System.nanoTime() < deadline) {
            options = build.toHandle().info().arguments().map(List::of).orElse(List.of());
            children = build.toHandle().children().count();
            Thread.sleep(2);
        }
        assertTrue(build.waitFor(5, TimeUnit.MINUTES));
        String log = Files.readString(temp.resolve("script.log"));
        assertEquals(0, build.exitValue(), log);
        assertTrue(options.containsAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC",
                "-XX:SharedArchiveFile=" + Relaunch.archive(jar))), "the shell became the build JVM: " + options);
        assertEquals(0, children, "the build JVM started no other");
        assertTrue(pdfRendererSource(logs).startsWith("shared objects file"), "the archive was taken");
        assertEquals(Trees.hash(project.site()), Trees.hash(scratch), "the same site as java -jar's");

        Process second = new ProcessBuilder(script.toString(), "build", "--project", project.dir().toString(),
                "--out", scratch.toString()).redirectErrorStream(true)
                .redirectOutput(temp.resolve("second.log").toFile()).start();
        assertTrue(second.waitFor(1, TimeUnit.MINUTES));
        assertTrue(Files.readString(temp.resolve("second.log")).matches(
                "(?s).* is up to date: nothing changed since the last build \\(\\d+ ms\\)\n"),
                "a second build through the script finds the site up to date");
    }

    @Test
    void aBuildThatFailsWritesNoArchive() throws Exception {
        FixtureProject project = FixtureProject.tiny(temp.resolve("a"));
        project.write("content/examples/tiny.json", project.read("content/examples/tiny.json")
                .replace("\"hiddenSize\": 1", "\"hiddenSize\": \"one\""));
        assertEquals(Main.BAD_INPUT, java(Map.of(), "build", "--project", project.dir().toString()).code());
        assertEquals(List.of(), archives(), "an archive of a build that stopped early would lack most classes");
    }

    @Test
    void badInputThroughTheJarIsReportedWithoutAStackTraceAndLeavesTheSite() throws Exception {
        FixtureProject project = FixtureProject.tiny(temp.resolve("a"));
        assertEquals(0, java(Map.of(), "build", "--project", project.dir().toString(), "--no-pdf").code());
        String before = Trees.hash(project.site());
        project.write("content/examples/tiny.json", project.read("content/examples/tiny.json")
                .replace("\"hiddenSize\": 1", "\"hiddenSize\": \"one\""));

        Run broken = java(Map.of(), "build", "--project", project.dir().toString(), "--no-pdf");
        assertEquals(Main.BAD_INPUT, broken.code(), broken.toString());
        assertTrue(broken.err().matches("(?s).*tiny\\.json:5:\\d+: .*hiddenSize.*"), broken.err());
        assertFalse(broken.err().contains("Exception") || broken.err().contains("\tat "), broken.err());
        assertEquals("", broken.out());
        assertEquals(before, Trees.hash(project.site()));
    }

    @Test
    void optingOutBuildsInOneJvmWithoutAnArchive() throws Exception {
        FixtureProject project = FixtureProject.tiny(temp.resolve("a"));
        Run run = java(Map.of("UNROLLED_NO_RELAUNCH", "1"), "build", "--project", project.dir().toString(),
                "--no-pdf");
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.out().startsWith("built "), run.out());
        assertEquals(List.of(), archives());
    }

    @Test
    void killingTheLauncherStopsTheBuild() throws Exception {
        FixtureProject project = FixtureProject.shipped(temp.resolve("a"));
        Process launcher = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "build", "--project", project.dir().toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("build.log").toFile()).start();
        ProcessHandle child = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && launcher.isAlive() && (child == null || !staging(project.dir()))) {
            if (child == null) {
                child = launcher.toHandle().children().findFirst().orElse(null);
            }
            Thread.sleep(10);
        }
        assertTrue(child != null && launcher.isAlive(), "the launcher started the build JVM and is still waiting");
        launcher.destroyForcibly();
        assertTrue(launcher.waitFor(30, TimeUnit.SECONDS));
        child.onExit().get(30, TimeUnit.SECONDS);
        assertFalse(child.isAlive(), "the build JVM stopped with its launcher");
        assertFalse(Files.exists(project.site()), "no site appeared: the build did not run on after the kill");
    }

    private static boolean staging(Path project) throws IOException {
        try (Stream<Path> entries = Files.list(project)) {
            return entries.anyMatch(p -> p.getFileName().toString().startsWith(".site.staging-"));
        }
    }
}
