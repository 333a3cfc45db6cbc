package dev.unrolled.cli;

import dev.unrolled.bench.Bench;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {"Measures the tool and prints tables: for synthetic content (N sentences of 6 words, hidden "
                + "size H) the wall and CPU time of each build stage, ms and pages per second, and the heap, for HTML "
                + "at N = 1, 10, 100, 1000 and PDF at N = 1, 10, 50, with H = 1 and 8; then, each in a new JVM, a "
                + "full build of the project (also in one plain JVM, without the tuned build JVM), a second build "
                + "with nothing changed, 1,000 sentences of web pages in a 512 MB heap and a one-sentence article "
                + "with its PDFs.",
                "",
                "Run it in a project (it copies templates/ and content/en/ for the synthetic content). It takes "
                        + "about four minutes; --quick takes one."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--project", paramLabel = "DIR", description = "the project to measure (default: the current "
            + "folder)")
    private Path project = Path.of(".");

    @Option(names = "--quick", description = "smaller series (HTML N up to 100, PDF N up to 10) and one cold run each")
    private boolean quick;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Bench.run(project, quick ? Bench.Plan.QUICK : Bench.Plan.FULL, new PrintStream(
                new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
        return Main.OK;
    }
}
