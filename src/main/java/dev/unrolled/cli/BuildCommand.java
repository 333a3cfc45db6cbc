package dev.unrolled.cli;

import dev.unrolled.problem.DisplayPath;
import dev.unrolled.site.SiteBuilder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "build",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {"Builds the tutorial: for every example in content/examples/, every sentence and every "
                + "language folder in content/, an HTML article (formulas in MathML), a Markdown export (formulas "
                + "in LaTeX), the run's trace JSON and three PDFs (handout, exercises, answer key), plus an index "
                + "page per language. Only what changed since the last build is made again.",
                "",
                "The site is built in a folder beside the output and swapped in only when everything succeeded: "
                        + "on any error the previous site is left exactly as it was. The site it replaces is kept "
                        + "beside it (.site.spare for site/), and the next build writes its files over the spare's, "
                        + "which is faster than creating them; deleting the spare is always safe. Beside it too, "
                        + ".site.inputs/ keeps the input files' sizes and times, so that a build with nothing "
                        + "changed knows at once, and the memory the last build with PDFs needed, so that the next "
                        + "one prepares that much when it starts."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the site was built", "2:an example, a template or the prose has an error (each "
                + "reported as file:line:column: message), or --out names what a build must not replace; the "
                + "output was not touched", "1:internal error"})
final class BuildCommand implements Callable<Integer> {
    static String upToDateMessage(Path site, long millis) {
        return DisplayPath.of(site) + " is up to date: nothing changed since the last build (" + millis + " ms)";
    }

    @Option(names = "--project", paramLabel = "DIR", description = "the project folder, holding content/ and "
            + "templates/ (default: the current folder)")
    private Path project = Path.of(".");

    @Option(names = "--out", paramLabel = "DIR", description = "where the site goes (default: site/ in the project): "
            + "a new or empty folder, or a site this tool built, since a build replaces it whole; anything else is "
            + "refused and left as it is")
    private Path out;

    @Option(names = "--no-pdf", description = "build the web pages, exports and pictures only: no printed sheets, "
            + "and no links to them (a quick build while writing)")
    private boolean noPdf;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return build(new BuildArgs(project, out, noPdf), spec.commandLine().getOut());
    }

    /**
     * Says so and returns true if the files' attributes alone tell that the site is up to date
     * ({@link SiteBuilder#upToDate}): a quick answer that needs neither the project read nor a build JVM.
     */
    static boolean reportedUpToDate(BuildArgs args, PrintWriter out) {
        long start = System.nanoTime();
        if (!SiteBuilder.upToDate(args.project(), args.site(), args.pdfs())) {
            return false;
        }
        out.println(upToDateMessage(args.site(), (System.nanoTime() - start) / 1_000_000));
        return true;
    }

    /** Builds the site and reports what was done on {@code out}; both command-line paths end here. */
    static int build(BuildArgs args, PrintWriter out) {
        if (!Relaunch.launched() && reportedUpToDate(args, out)) { // unless a launcher has asked already
            return Main.OK;
        }
        long start = System.nanoTime();
        SiteBuilder.Report report = SiteBuilder.build(args.project(), args.site(), args.pdfs()).report();
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (report.upToDate()) {
            out.println(upToDateMessage(args.site(), millis));
        } else {
            out.printf("built %s: %d of %d articles × %d languages rendered, %d files (%d PDFs) in %d ms (%s)%n",
                    DisplayPath.of(args.site()), report.rendered(), report.articles(), report.languages(),
                    report.files(), report.pdfs(), millis, report.timings());
        }
        return Main.OK;
    }
}
