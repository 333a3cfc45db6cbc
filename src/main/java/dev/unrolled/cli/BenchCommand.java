package dev.unrolled.cli;

import dev.unrolled.bench.Bench;
import dev.unrolled.bench.Series;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
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
                        + "about four minutes; --quick takes one.",
                "",
                "--series=MINUTES prints, instead of the tables, cold full builds of the project for that long: "
                        + "each round gauges the machine's speed (java -version, a fixed computation), pauses 4 "
                        + "seconds as a user's build does, builds through the script beside the jar, pauses again "
                        + "and builds through java -jar; a summary groups the builds by the speed of the moment. "
                        + "On a shared virtual machine, whose speed can drift by a third from one quarter of an hour "
                        + "to the next, a figure means little without the speed it was taken at."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--project", paramLabel = "DIR", description = "the project to measure (default: the current "
            + "folder)")
    private Path project = Path.of(".");

    @Option(names = "--quick", description = "smaller series (HTML N up to 100, PDF N up to 10) and one cold run each")
    private boolean quick;

    @Option(names = "--series", paramLabel = "MINUTES", description = "only cold full builds of the project, "
            + "each with the machine's speed at the time, for MINUTES minutes (at least one round)")
    private Integer seriesMinutes;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        if (seriesMinutes != null) {
            if (seriesMinutes < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--series: MINUTES must be 1 or more, not " + seriesMinutes);
            }
            if (quick) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--series and --quick do not go together: --quick shortens the tables, which --series "
                                + "leaves out");
            }
            Series.run(project, Duration.ofMinutes(seriesMinutes), out);
        } else {
            Bench.run(project, quick ? Bench.Plan.QUICK : Bench.Plan.FULL, out);
        }
        return Main.OK;
    }
}
