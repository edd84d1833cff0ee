package relax.scenarios.statistics;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Runs independent tasks 0…n−1 on a pool of threads and returns their results in task order: each task draws from its
 * own random stream ({@link Sampling#stream}), so the results are the same whatever the number of threads.
 */
final class Parallel {
    private Parallel() {
    }

    /**
     * @param threads  threads to use (≥ 1)
     * @param progress receives the number of tasks finished so far after each one (from any thread)
     */
    static <T> T[] run(int n, int threads, IntFunction<T> task, IntFunction<T[]> array, IntConsumer progress) {
        T[] results = array.apply(n);
        AtomicInteger done = new AtomicInteger();
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
        try {
            pool.submit(() -> IntStream.range(0, n).parallel().forEach(i -> {
                results[i] = task.apply(i);
                progress.accept(done.incrementAndGet());
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdown();
        }
        return results;
    }
}
