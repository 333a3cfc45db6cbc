package dev.unrolled.cli;

import dev.unrolled.problem.InputException;
import dev.unrolled.problem.Problem;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line. Exit codes are decided here and only here: 0 success, 2 bad input (files, options, templates),
 * 1 a genuine internal error. No stack trace reaches the user unless {@code UNROLLED_DEBUG=1} is set.
 */
@Command(name = "unrolled",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {"Turns a configured LSTM example into a tutorial whose every number is computed and every "
                + "step shown: an HTML site, a Markdown export and printable PDF handouts."},
        subcommands = {BuildCommand.class, ServeCommand.class, TraceCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        if (Relaunch.wanted(args)) {
            System.exit(Relaunch.run(args));
        }
        Relaunch.stopWithLauncher();
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** Runs the tool with the given streams and returns its exit code; tests call this in-process. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        BuildArgs build = BuildArgs.plain(args).orElse(null);
        if (build != null) { // the common case, without building picocli's model of the command line
            PrintWriter writer = new PrintWriter(out, true);
            try {
                return BuildCommand.build(build, writer);
            } catch (Exception e) {
                return report(e, err);
            } finally {
                writer.flush();
                err.flush();
            }
        }
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> report(e, err));
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static int report(Exception e, PrintStream err) {
        if (e instanceof InputException input) {
            for (Problem problem : input.problems()) {
                err.println(problem.render());
            }
            int count = input.problems().size();
            if (count > 1) {
                err.println(count + " problems found.");
            }
            return BAD_INPUT;
        }
        if (e instanceof java.io.UncheckedIOException io) {
            err.println("unrolled: cannot read or write a file: " + io.getCause().getMessage()
                    + " (the previous site, if any, is unchanged)");
        } else {
            err.println("unrolled: internal error: " + e + " (this is a bug; set UNROLLED_DEBUG=1 for details)");
        }
        if ("1".equals(System.getenv("UNROLLED_DEBUG"))) {
            e.printStackTrace(err);
        }
        return INTERNAL_ERROR;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
