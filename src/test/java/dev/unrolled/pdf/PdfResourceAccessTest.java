package dev.unrolled.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.unrolled.testing.Cli;
import dev.unrolled.testing.FixtureProject;
import dev.unrolled.testing.Trees;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF stage never fetches anything: a local web server referenced from the prose and the print stylesheet
 * counts zero requests, and a file outside the site is never opened. That file is a named pipe, which blocks whoever
 * opens it for reading until a writer appears, so reading it would hang the build past the timeout.
 */
class PdfResourceAccessTest {
    @TempDir
    Path temp;
    HttpServer server;
    final AtomicInteger hits = new AtomicInteger();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            hits.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void remoteResourcesAreNeverFetchedAndFilesOutsideTheSiteNeverRead() throws Exception {
        FixtureProject project = FixtureProject.tiny(temp);
        Path pipe = project.dir().resolve("outside.png");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assertEquals(0, mkfifo.waitFor(), "mkfifo is needed for this test");
        String remote = "http://127.0.0.1:" + server.getAddress().getPort();
        project.write("content/en/article.md", project.read("content/en/article.md") + "\n\n"
                + "![remote](" + remote + "/markdown.png) ![outside](../../../../outside.png) "
                + "![absolute](file://" + pipe + ")\n\n"
                + "<img src=\"" + remote + "/raw.png\" alt=\"raw\"> <img src=\"file://" + pipe + "\" alt=\"file\">\n\n"
                + "<div style=\"background: url(" + remote + "/background.png)\">styled</div>\n");
        project.write("templates/assets/print.css", "@import url(\"" + remote + "/import.css\");\n"
                + "@font-face { font-family: Remote; src: url(\"" + remote + "/font.ttf\"); }\n"
                + "body { font-family: Remote, \"DejaVu Sans\"; background-image: url(\"" + remote + "/bg.png\"); }\n"
                + project.read("templates/assets/print.css"));

        Cli.Result result = assertTimeoutPreemptively(Duration.ofSeconds(90), project::build,
                "the build blocked: something opened the file outside the site");
        assertEquals(0, result.code(), result.toString());
        assertEquals(0, hits.get(), "requests to the local server");
        assertTrue(Trees.files(project.site(), ".pdf").size() == 3);
    }
}
