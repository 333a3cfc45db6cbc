package dev.unrolled.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Server-sent events to every open preview page: "reload" after a successful rebuild, "problems" (a JSON list of
 * file:line:column messages) after a failed one, "ready" when all is well. A page that connects is told the current
 * state at once.
 */
final class Events {
    record Event(String name, String data) {}

    private final List<BlockingQueue<Event>> clients = new CopyOnWriteArrayList<>();
    private volatile Event state = new Event("ready", "{}");
    private volatile boolean open = true;

    /** Tells every page; a "problems" or "ready" event also becomes the state new pages are told. */
    void publish(Event event) {
        if (!event.name().equals("reload")) {
            state = event;
        } else {
            state = new Event("ready", "{}");
        }
        for (BlockingQueue<Event> client : clients) {
            client.offer(event);
        }
    }

    Event state() {
        return state;
    }

    /** Streams events to one page until it goes away or the server stops; runs on the request's thread. */
    void stream(OutputStream out) throws IOException {
        BlockingQueue<Event> queue = new LinkedBlockingQueue<>();
        clients.add(queue);
        try {
            write(out, "retry: 500\n\n");
            send(out, state);
            while (open) {
                Event event = queue.poll(15, TimeUnit.SECONDS);
                if (event == null) {
                    write(out, ": keep-alive\n\n");
                } else {
                    send(out, event);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            clients.remove(queue);
        }
    }

    void close() {
        open = false;
        for (BlockingQueue<Event> client : clients) {
            client.offer(new Event("bye", "{}"));
        }
    }

    private static void send(OutputStream out, Event event) throws IOException {
        write(out, "event: " + event.name() + "\ndata: " + event.data().replace("\n", "\ndata: ") + "\n\n");
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
