package dev.unrolled.cli;

import dev.unrolled.problem.DisplayPath;
import dev.unrolled.serve.Preview;
import dev.unrolled.site.SiteBuilder;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {"Builds the site, serves it on the loopback address and rebuilds on every save: a change to an "
                + "example, the prose or a template re-renders the pages it affects and reloads them in the browser "
                + "(PDFs follow in the background). A build error is shown over the page with file:line:column; the "
                + "last good pages stay served until the error is fixed.",
                "",
                "Only files under the site are served. The reload script is added to pages as they are served; the "
                        + "built files never contain it. Stop with Ctrl-C."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped with Ctrl-C", "2:the port is in use or the address cannot be bound",
                "1:internal error"})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--project", paramLabel = "DIR", description = "the project folder (default: the current folder)")
    private Path project = Path.of(".");

    @Option(names = "--out", paramLabel = "DIR", description = "the site folder (default: site/ in the project): a "
            + "new or empty folder, or a site this tool built")
    private Path out;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8000",
            description = "the port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    private int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "the address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
    private String bind;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Path site = out != null ? out : project.resolve("site");
        SiteBuilder.checkOutput(site); // a folder a build must not replace is not served either
        PrintStream log = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        Preview preview = Preview.start(project, site, bind, port, log);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            preview.close();
            log.println("stopped");
            stopped.countDown();
        }, "unrolled-stop"));
        log.println("serving " + DisplayPath.of(site) + " at " + preview.url() + " (Ctrl-C to stop)");
        stopped.await();
        return Main.OK;
    }
}
