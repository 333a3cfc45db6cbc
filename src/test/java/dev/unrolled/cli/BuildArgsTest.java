package dev.unrolled.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unrolled.testing.Cli;
import dev.unrolled.testing.FixtureProject;
import dev.unrolled.testing.Trees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A build in the plain form (values apart or attached with "=") is read without picocli, and behaves exactly as
 * picocli's reading of the same options (given in an argument file, which only picocli reads) does; anything else
 * is left to picocli.
 */
class BuildArgsTest {
    @TempDir
    Path tmp;

    @Test
    void thePlainFormIsRead() {
        assertEquals(Optional.of(new BuildArgs(Path.of("."), null, false)), BuildArgs.plain(new String[] {"build"}));
        BuildArgs all = BuildArgs.plain(new String[] {"build", "--no-pdf", "--out", "o", "--project", "p"})
                .orElseThrow();
        assertEquals(new BuildArgs(Path.of("p"), Path.of("o"), true), all);
        assertEquals(Path.of("o"), all.site());
        assertEquals(Path.of("p", "site"), BuildArgs.plain(new String[] {"build", "--project", "p"}).orElseThrow()
                .site());
        assertEquals(Optional.of(all), BuildArgs.plain(new String[] {"build", "--project=p", "--no-pdf", "--out=o"}));
        assertEquals(Optional.of(all),
                BuildArgs.plain(new String[] {"build", "--out=o", "--project", "p", "--no-pdf"}));
        assertEquals(Path.of("a=b"), BuildArgs.plain(new String[] {"build", "--out=a=b"}).orElseThrow().out(),
                "split at the first =, as picocli does");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "trace", "build --help", "build -h", "build --version", "build --project",
        "build --project p --project q", "build --project=p --project=q", "build --out=o --out p",
        "build --no-pdf --no-pdf", "build --out --no-pdf", "build --out -x", "build --project= --no-pdf",
        "build --out=", "build --out=-x", "build --project=@p", "build --no-pdf=true", "build --pdf=x",
        "build -p=x", "build @options.txt", "build --project @p", "build extra", "build --", "build --pdf",
        "build --project a\u0000b", "build --project=a\u0000b"})
    void anythingElseIsLeftToPicocli(String line) {
        String[] args = line.isEmpty() ? new String[0] : line.split(" ");
        assertTrue(BuildArgs.plain(args).isEmpty(), line);
    }

    @Test
    void aSuccessfulBuildReportsAsPicocliWouldHave() throws Exception {
        FixtureProject project = FixtureProject.tiny(tmp);
        Path fast = tmp.resolve("fast");
        Path slow = tmp.resolve("slow");
        Cli.Result plain = Cli.run("build", "--project", project.dir().toString(), "--out", fast.toString(),
                "--no-pdf");
        Cli.Result picocli = Cli.run("build", argumentFile("--project", project.dir(), "--out", slow, "--no-pdf"));
        assertEquals(0, plain.code(), plain.toString());
        assertEquals(picocli.code(), plain.code());
        assertEquals(masked(picocli.out(), slow), masked(plain.out(), fast));
        assertEquals(picocli.err(), plain.err());
        assertEquals(Trees.hash(slow), Trees.hash(fast), "the same site");
        Cli.Result again = Cli.run("build", "--project=" + project.dir(), "--out=" + fast, "--no-pdf");
        Cli.Result againPicocli = Cli.run("build", argumentFile("--project", project.dir(), "--out", slow,
                "--no-pdf"));
        assertTrue(again.out().contains("is up to date"), again.toString());
        assertEquals(masked(againPicocli.out(), slow), masked(again.out(), fast));
    }

    @Test
    void badInputIsReportedAsPicocliWouldHave() throws Exception {
        FixtureProject project = FixtureProject.tiny(tmp);
        Path example = Files.list(project.dir().resolve("content/examples")).findFirst().orElseThrow();
        Files.writeString(example, "{\"id\": \"broken\",");
        Cli.Result plain = Cli.run("build", "--project", project.dir().toString(), "--no-pdf");
        Cli.Result attached = Cli.run("build", "--project=" + project.dir(), "--no-pdf");
        Cli.Result picocli = Cli.run("build", argumentFile("--project", project.dir(), "--no-pdf"));
        assertEquals(Main.BAD_INPUT, plain.code(), plain.toString());
        assertEquals(picocli.code(), plain.code());
        assertEquals(picocli.err(), plain.err());
        assertEquals(picocli.out(), plain.out());
        assertEquals(plain, attached);
        assertTrue(plain.err().contains(example.getFileName().toString()), plain.err());
        assertFalse(Files.exists(project.site()), "nothing written");
    }

    /**
     * "@file" naming a new argument file that holds {@code args}, one to a line, quoted (a temporary folder may
     * have a space in its name) and with slashes for separators (a backslash may be read as an escape, and Java
     * takes a slash on every system): a form only picocli reads, so the same options are read by picocli.
     */
    private String argumentFile(Object... args) throws Exception {
        Path file = Files.createTempFile(tmp, "args", ".txt");
        StringBuilder lines = new StringBuilder();
        for (Object arg : args) {
            lines.append('"').append(arg.toString().replace('\\', '/')).append("\"\n");
        }
        Files.writeString(file, lines);
        assertTrue(BuildArgs.plain(new String[] {"build", "@" + file}).isEmpty());
        return "@" + file.toAbsolutePath();
    }

    /** The output with the site's name and every duration taken out. */
    private static String masked(String out, Path site) {
        return out.replace(dev.unrolled.problem.DisplayPath.of(site), "SITE").replaceAll("\\d+ ms", "N ms");
    }
}
