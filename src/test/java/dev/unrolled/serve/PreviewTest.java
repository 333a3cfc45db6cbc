package dev.unrolled.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unrolled.problem.InputException;
import dev.unrolled.testing.FixtureProject;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server, started in-process on a free port over the tiny fixture project. */
class PreviewTest {
    private static final String PAGE = "/en/tiny/go-stop/index.html";

    @TempDir
    Path temp;
    FixtureProject project;
    Preview preview;
    final ByteArrayOutputStream log = new ByteArrayOutputStream();
    final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    Thread listener;

    @BeforeEach
    void start() throws Exception {
        project = FixtureProject.tiny(temp);
        preview = Preview.start(project.dir(), project.site(), "127.0.0.1", 0,
                new PrintStream(log, true, StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (get(PAGE).status() != 200) {
            assertTrue(System.nanoTime() < deadline, "the first build did not finish: " + log);
            Thread.sleep(100);
        }
        listener = new Thread(this::listen);
        listener.setDaemon(true);
        listener.start();
        assertEquals("ready", next("the state on connecting"));
    }

    @AfterEach
    void stop() {
        preview.close();
        listener.interrupt();
    }

    /** Reads the event stream, queueing "name data" per event. */
    private void listen() {
        try (Socket socket = new Socket("127.0.0.1", preview.port())) {
            socket.getOutputStream().write(("GET " + PreviewServer.EVENTS + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String name = null;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("event: ")) {
                    name = line.substring(7);
                } else if (line.startsWith("data: ") && name != null) {
                    events.add(name.equals("problems") ? name + " " + line.substring(6) : name);
                    name = null;
                }
            }
        } catch (IOException e) {
            // closed
        }
    }

    private String next(String waitingFor) throws InterruptedException {
        String event = events.poll(30, TimeUnit.SECONDS);
        assertNotNull(event, "no event: " + waitingFor + "\n" + log);
        return event;
    }

    record Response(int status, String type, String body) {}

    /** A request with exactly this path, sent on a raw socket so that nothing normalises it first. */
    private Response get(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", preview.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String head = response.substring(0, response.indexOf("\r\n\r\n"));
            String type = head.lines().filter(l -> l.toLowerCase().startsWith("content-type:"))
                    .map(l -> l.substring(13).trim()).findFirst().orElse("");
            return new Response(Integer.parseInt(head.split(" ")[1]), type,
                    response.substring(response.indexOf("\r\n\r\n") + 4));
        }
    }

    /** f₀ = σ(0.5×0 + 2×1 + 0) = σ(2.00) = 0.8808 → 0.88 once W_f becomes [0.5, 2] (it was σ(1.00) ≈ 0.73). */
    @Test
    void anEditRebuildsTheArticleAndReloadsThePage() throws Exception {
        assertTrue(get(PAGE).body().contains("<mn>1.00</mn>"));
        project.write("content/examples/tiny.json", project.read("content/examples/tiny.json")
                .replace("\"W\": [[0.5, 1]]", "\"W\": [[0.5, 2]]"));
        assertEquals("reload", next("a reload after the edit"));
        String page = get(PAGE).body();
        assertTrue(page.contains("<mn>2.00</mn>") && page.contains("<mn>0.88</mn>"), "the new f₀ is on the page");
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("rebuilt 1 article pages in "), log.toString());
    }

    @Test
    void aBuildErrorIsShownAndTheLastGoodPageStaysUntilItIsFixed() throws Exception {
        String good = project.read("content/examples/tiny.json");
        project.write("content/examples/tiny.json", good.replace("\"b\": [0]}", "\"b\": [0]"));
        String problems = next("the error");
        assertTrue(problems.startsWith("problems {\"problems\": [\"") && problems.contains("tiny.json:"), problems);
        Response stale = get(PAGE);
        assertEquals(200, stale.status(), "the last good page stays served");
        assertTrue(stale.body().contains("<mn>1.00</mn>"));
        project.write("content/examples/tiny.json", good.replace("\"W\": [[0.5, 1]]", "\"W\": [[0.5, 2]]"));
        assertEquals("reload", next("the reload after the fix"));
        assertTrue(get(PAGE).body().contains("<mn>2.00</mn>"));
    }

    @Test
    void aTemplateErrorIsLocatedToo() throws Exception {
        project.write("content/en/article.md", "# Broken\n\n${nothing.here}\n");
        String problems = next("the template error");
        assertTrue(problems.contains("article.md:3:3: The following has evaluated to null or missing"), problems);
    }

    @Test
    void theReloadScriptIsServedButNeverWrittenToTheSite() throws Exception {
        Response page = get(PAGE);
        assertEquals("text/html; charset=utf-8", page.type());
        assertTrue(page.body().contains("<script src=\"/__unrolled/live.js\"></script></body>"));
        assertFalse(Files.readString(project.site().resolve(PAGE.substring(1))).contains("live.js"));
        assertEquals("text/javascript; charset=utf-8", get(PreviewServer.SCRIPT).type());
    }

    @Test
    void onlyFilesUnderTheSiteAreServed() throws Exception {
        Path outside = temp.resolve("secret.txt");
        Files.writeString(outside, "secret");
        Files.createSymbolicLink(project.site().resolve("link.txt"), outside);
        Files.createSymbolicLink(project.site().resolve("folder"), temp);
        for (String path : new String[] {"/../secret.txt", "/../../secret.txt", "/%2e%2e/secret.txt",
                "/%2E%2E/%2e%2e/secret.txt", "/en/%2e%2e/%2e%2e/secret.txt", "/..%2fsecret.txt", "//secret.txt",
                "/" + outside, "/link.txt", "/folder/secret.txt", "/en/%00", "/nothing.html"}) {
            Response response = get(path);
            assertEquals(404, response.status(), path);
            assertFalse(response.body().contains("secret"), path);
        }
    }

    @Test
    void filesHaveTheirContentTypes() throws Exception {
        String folder = "/en/tiny/go-stop/";
        assertEquals("text/markdown; charset=utf-8", get(folder + "tiny-go-stop.md").type());
        assertEquals("application/json; charset=utf-8", get(folder + "trace.json").type());
        assertEquals("image/svg+xml; charset=utf-8", get(folder + "tiny-go-stop-step-0.svg").type());
        assertEquals("text/css; charset=utf-8", get("/assets/style.css").type());
        assertEquals("font/ttf", get("/assets/fonts/DejaVuMathTeXGyre.ttf").type());
        assertEquals("text/html; charset=utf-8", get("/en/").type());
    }

    /**
     * The first build's PDFs are still being drawn when the preview is closed: closing waits for the one in hand,
     * so that nothing writes into the site afterwards (a test's temporary folder, or a served site being removed).
     */
    @Test
    void closingStopsTheBuildAndPdfThreadsBeforeItReturns() throws Exception {
        project.write("content/examples/tiny.json", project.read("content/examples/tiny.json")
                .replace("\"W\": [[0.5, 1]]", "\"W\": [[0.5, 2]]"));
        preview.close();
        // a pool's thread may still be on its way out when the pool reports it has stopped: what counts is that
        // none is in the tool's code any more
        List<String> working = Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> e.getKey().isAlive())
                .filter(e -> e.getKey().getName().equals("unrolled-build")
                        || e.getKey().getName().equals("unrolled-pdf-preview"))
                .filter(e -> Arrays.stream(e.getValue())
                        .anyMatch(frame -> frame.getClassName().startsWith("dev.unrolled")))
                .map(e -> e.getKey().getName()).toList();
        assertEquals(List.of(), working);
        assertFalse(log.toString(StandardCharsets.UTF_8).contains("internal error"), log.toString());
        preview.close(); // twice is harmless
    }

    @Test
    void aSecondServerOnTheSamePortSaysSoAndDoesNotStart() {
        InputException busy = assertThrows(InputException.class, () -> Preview.start(project.dir(), project.site(),
                "127.0.0.1", preview.port(), new PrintStream(OutputStream.nullOutputStream())));
        assertEquals("--port: " + preview.port() + " is already in use on 127.0.0.1 (another server is running "
                + "there); stop it or choose another port with --port", busy.problems().get(0).render());
    }
}
