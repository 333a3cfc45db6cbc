package dev.unrolled.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.unrolled.problem.InputException;
import dev.unrolled.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The preview's web server (the JDK's HttpServer): serves the site's files with their content types, injects the
 * live-reload script into HTML responses only (the files on disk never contain it), and streams build events.
 */
public final class PreviewServer implements AutoCloseable {
    static final String EVENTS = "/__unrolled/events";
    static final String SCRIPT = "/__unrolled/live.js";
    private static final Pattern BODY_END = Pattern.compile("(?i)</body>");
    private static final String TAG = "<script src=\"" + SCRIPT + "\"></script>";
    private static final String ICON = "<link rel=\"icon\" href=\"/assets/favicon.svg\" type=\"image/svg+xml\">";

    private final HttpServer server;
    private final ExecutorService threads;
    private final Path site;
    private final Events events;
    private final byte[] script;

    private PreviewServer(HttpServer server, ExecutorService threads, Path site, Events events) {
        this.server = server;
        this.threads = threads;
        this.site = site;
        this.events = events;
        this.script = resource("live.js");
    }

    /**
     * Starts serving {@code site} on {@code bind}:{@code port} (0 picks a free port).
     *
     * @throws InputException when the port is taken or the address cannot be bound
     */
    static PreviewServer start(Path site, String bind, int port, Events events) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(bind), port), 64);
        } catch (BindException e) {
            throw new InputException(Problem.inFile("--port", port + " is already in use on " + bind
                    + " (another server is running there); stop it or choose another port with --port"));
        } catch (IOException e) {
            throw new InputException(Problem.inFile("--bind", "cannot listen on " + bind + ":" + port + ": "
                    + e.getMessage()));
        }
        ExecutorService threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "unrolled-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        PreviewServer preview = new PreviewServer(server, threads, site, events);
        server.createContext("/", preview::handle);
        server.start();
        return preview;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url() {
        String host = server.getAddress().getAddress().getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getRawPath();
            if (path.equals(EVENTS)) {
                exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
                exchange.sendResponseHeaders(200, 0);
                try (OutputStream out = exchange.getResponseBody()) {
                    events.stream(out);
                } catch (IOException gone) {
                    // the page went away
                }
                return;
            }
            if (path.equals(SCRIPT)) {
                send(exchange, 200, "text/javascript; charset=utf-8", script);
                return;
            }
            Optional<Path> file = Files.isDirectory(site) ? SitePaths.resolve(site.toRealPath(), path) : Optional.empty();
            if (file.isEmpty()) {
                boolean root = path.equals("/") || path.isEmpty();
                byte[] page = root ? waiting() : ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                        + ICON + "<title>Not found</title></head><body><p>Not found.</p>" + TAG + "</body></html>")
                        .getBytes(StandardCharsets.UTF_8);
                send(exchange, root ? 200 : 404, "text/html; charset=utf-8", page);
                return;
            }
            String type = SitePaths.contentType(file.get());
            byte[] bytes = Files.readAllBytes(file.get());
            if (type.startsWith("text/html")) {
                bytes = inject(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            }
            send(exchange, 200, type, bytes);
        }
    }

    /** The page shown before the first good build: the script shows why there is none yet. */
    private static byte[] waiting() {
        return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">" + ICON + "<title>Unrolled preview</title>"
                + "</head><body><p>Waiting for a successful build…</p>" + TAG + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    static String inject(String html) {
        Matcher end = BODY_END.matcher(html);
        int at = -1;
        while (end.find()) {
            at = end.start();
        }
        return at < 0 ? html + TAG : html.substring(0, at) + TAG + html.substring(at);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing from the tool: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        events.close();
        server.stop(0);
        threads.shutdownNow();
    }
}
