package relax.core.strategy;

import java.util.Arrays;

/**
 * The outcome of a pricing call: the strategies with the largest scores
 * ⟨z, T_λ⟩ − ⟨w, C_λ⟩ (at most {@link #capacity()} of them, best first), and the exact maximum over
 * the whole strategy space. Reusable: {@link #reset()} clears it without allocating.
 */
public final class Pricing {
    private final long[] strategies;
    private final double[] scores;
    private int count;
    private double max;
    private long argMax;

    /** Keeps the {@code capacity} best strategies of a call. */
    public Pricing(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        strategies = new long[capacity];
        scores = new double[capacity];
        reset();
    }

    public void reset() {
        count = 0;
        max = Double.NEGATIVE_INFINITY;
        argMax = -1;
    }

    public int capacity() {
        return strategies.length;
    }

    /** Records one strategy's score; keeps the best {@link #capacity()} seen since {@link #reset()}. */
    public void offer(long strategy, double score) {
        if (score > max) {
            max = score;
            argMax = strategy;
        }
        if (count == strategies.length && score <= scores[count - 1]) {
            return;
        }
        int i = count < strategies.length ? count++ : count - 1;
        while (i > 0 && scores[i - 1] < score) {
            scores[i] = scores[i - 1];
            strategies[i] = strategies[i - 1];
            i--;
        }
        scores[i] = score;
        strategies[i] = strategy;
    }

    /** The maximum score over every strategy offered. */
    public double max() {
        return max;
    }

    /** A strategy attaining {@link #max()}. */
    public long argMax() {
        return argMax;
    }

    /** Number of strategies kept. */
    public int count() {
        return count;
    }

    public long strategy(int i) {
        return strategies[i];
    }

    public double score(int i) {
        return scores[i];
    }

    @Override
    public String toString() {
        return "Pricing{max=" + max + ", kept=" + Arrays.toString(Arrays.copyOf(scores, count)) + "}";
    }
}
