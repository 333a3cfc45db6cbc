package dev.unrolled.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF stage's order and failures, seen through the print pages it asks for (each job here fails when asked for
 * its page, after noting that it was asked, so no PDF is actually drawn).
 */
class PrintStageTest {
    @TempDir
    Path site;

    private final List<String> asked = new CopyOnWriteArrayList<>();

    private PrintJob job(String name, long weight) {
        return job(name, weight, () -> {
            asked.add(name);
            throw new IllegalStateException(name);
        });
    }

    private static PrintJob job(String name, long weight, Supplier<String> page) {
        return new PrintJob(name + ".pdf", weight, page);
    }

    @Test
    void waitingPdfsStartLongestFirstAndTheFirstSubmittedFailureIsReported() throws InterruptedException {
        CountDownLatch queued = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        PrintStage stage = new PrintStage(new LiveOutput(site), 1);
        try (PrintStage.Running running = stage.start()) {
            running.submit(job("first", 1, () -> {
                started.countDown();
                await(queued);
                asked.add("first");
                throw new IllegalStateException("first");
            }));
            assertTrue(started.await(10, TimeUnit.SECONDS));
            running.submit(job("short", 1));
            running.submit(job("long", 9));
            running.submit(job("middle", 5));
            queued.countDown();
            IllegalStateException failure = assertThrows(IllegalStateException.class, running::finish);
            assertEquals("first", failure.getMessage());
        }
        assertEquals(List.of("first"), asked, "once one PDF has failed, no other is started");
    }

    @Test
    void withoutFailuresEveryWaitingPdfIsTakenLongestFirstThenInTheOrderItCame() {
        CountDownLatch queued = new CountDownLatch(1);
        String page = "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><p>x</p></body></html>";
        PrintStage stage = new PrintStage(new LiveOutput(site), 1);
        try (PrintStage.Running running = stage.start()) {
            running.submit(job("first", 0, () -> {
                await(queued);
                asked.add("first");
                return page;
            }));
            for (String[] named : new String[][] {{"a", "2"}, {"b", "7"}, {"c", "2"}, {"d", "4"}}) {
                running.submit(job(named[0], Long.parseLong(named[1]), () -> {
                    asked.add(named[0]);
                    return page;
                }));
            }
            queued.countDown();
            running.finish();
        }
        assertEquals(List.of("first", "b", "d", "a", "c"), asked);
        for (String name : asked) {
            assertTrue(Files.isRegularFile(site.resolve(name + ".pdf")), name);
        }
    }

    /** A waiting PDF holds its article's data, so a build of many articles must not queue them all. */
    @Test
    void handingOverWaitsWhileTheStageHasItsLimitOfPdfsToMake() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        String page = "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><p>x</p></body></html>";
        PrintStage stage = new PrintStage(new LiveOutput(site), 1, 2);
        try (PrintStage.Running running = stage.start()) {
            running.submit(job("drawing", 0, () -> {
                await(release);
                asked.add("drawing");
                return page;
            }));
            running.submit(job("waiting", 0, () -> {
                asked.add("waiting");
                return page;
            }));
            CountDownLatch handedOver = new CountDownLatch(1);
            Thread writer = new Thread(() -> {
                running.submit(job("third", 0, () -> {
                    asked.add("third");
                    return page;
                }));
                handedOver.countDown();
            });
            writer.start();
            assertFalse(handedOver.await(300, TimeUnit.MILLISECONDS), "two PDFs to make: the third waits");
            release.countDown();
            assertTrue(handedOver.await(10, TimeUnit.SECONDS), "handed over once one was made");
            writer.join();
            running.finish();
        }
        assertEquals(List.of("drawing", "waiting", "third"), asked);
    }

    /** On a failure elsewhere the build deletes its staging folder: no PDF may still be writing into it then. */
    @Test
    void closingWaitsForThePdfBeingDrawnAndDropsTheRest() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        PrintStage stage = new PrintStage(new LiveOutput(site), 1);
        try (PrintStage.Running running = stage.start()) {
            running.submit(job("drawing", 1, () -> {
                started.countDown();
                long until = System.nanoTime() + 300_000_000L;
                while (System.nanoTime() < until) {
                    Thread.onSpinWait(); // a page being laid out does not stop when interrupted
                }
                asked.add("drawing");
                throw new IllegalStateException("drawing");
            }));
            running.submit(job("waiting", 1));
            assertTrue(started.await(10, TimeUnit.SECONDS));
        }
        assertEquals(List.of("drawing"), asked);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
