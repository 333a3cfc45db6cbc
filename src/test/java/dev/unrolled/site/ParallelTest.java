package dev.unrolled.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ParallelTest {

    /**
     * A piece that is still running when another fails must have ended before the failure reaches the caller, who
     * deletes the staging folder next; it ignores interrupts, as writing a page does.
     */
    @Test
    void aFailureIsRethrownOnlyOnceThePiecesRunningBesideItHaveEnded() {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean ended = new AtomicBoolean();
        IllegalArgumentException broken = new IllegalArgumentException("broken page");
        Runnable fails = () -> {
            await(started);
            throw broken;
        };
        Runnable slow = () -> {
            started.countDown();
            long until = System.nanoTime() + 300_000_000L;
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            ended.set(true);
        };
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> Parallel.run(List.of(fails, slow), 2, "test-piece"));
        assertSame(broken, thrown);
        assertTrue(ended.get(), "the slow piece was still running when the failure was rethrown");
    }

    @Test
    void everyPieceRunsWhenNoneFails() {
        AtomicInteger ran = new AtomicInteger();
        Parallel.run(Collections.nCopies(20, ran::incrementAndGet), 2, "test-piece");
        assertEquals(20, ran.get());
    }

    @Test
    void stopKeepsTheCallersInterrupt() {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        pool.execute(() -> { });
        Thread.currentThread().interrupt();
        Parallel.stop(pool);
        assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
        assertTrue(pool.isTerminated());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
