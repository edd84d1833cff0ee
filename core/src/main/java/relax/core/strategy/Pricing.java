package relax.core.strategy;

import java.util.Arrays;

/**
 * The outcome of a pricing call: the strategies with the largest scores ⟨z, T_λ⟩ − ⟨w, C_λ⟩ (at most
 * {@link #capacity()} of them, best first, each as its digit tuple of {@link MixedRadix}), and the exact
 * maximum over the whole strategy space. Reusable: {@link #reset()} clears it without allocating.
 *
 * <p>A space offers a strategy by writing its digits into a scratch array and calling
 * {@link #offer(int[], double)}, which copies them only if the score is kept; {@link #accepts(double)}
 * lets a search skip building the digits of a strategy that would be dropped.
 */
public final class Pricing {
    private final int width;
    private final int[] pool;
    private final double[] scores;
    private int count;

    /** Keeps the {@code capacity} best strategies of a call, each with {@code width} digits. */
    public Pricing(int capacity, int width) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.width = width;
        this.pool = new int[capacity * width];
        this.scores = new double[capacity];
    }

    /** Forgets every strategy offered. */
    public void reset() {
        count = 0;
    }

    public int capacity() {
        return scores.length;
    }

    /** Digits per strategy. */
    public int width() {
        return width;
    }

    /** Whether a strategy with this score would be kept (so its digits are worth building). */
    public boolean accepts(double score) {
        return count < scores.length || score > scores[count - 1];
    }

    /** Records one strategy's score; keeps a copy of its digits if it is among the best so far. */
    public void offer(int[] digits, double score) {
        if (!accepts(score)) {
            return;
        }
        int i = count < scores.length ? count++ : count - 1;
        while (i > 0 && scores[i - 1] < score) {
            scores[i] = scores[i - 1];
            System.arraycopy(pool, (i - 1) * width, pool, i * width, width);
            i--;
        }
        scores[i] = score;
        System.arraycopy(digits, 0, pool, i * width, width);
    }

    /** The maximum score over every strategy offered (−∞ if none). */
    public double max() {
        return count == 0 ? Double.NEGATIVE_INFINITY : scores[0];
    }

    /** Number of strategies kept. */
    public int count() {
        return count;
    }

    /** Copies the digits of the i-th best strategy into {@code digits} (modified). */
    public void strategy(int i, int[] digits) {
        checkIndex(i);
        System.arraycopy(pool, i * width, digits, 0, width);
    }

    /** The digits of the i-th best strategy, newly allocated. */
    public int[] strategy(int i) {
        int[] d = new int[width];
        strategy(i, d);
        return d;
    }

    public double score(int i) {
        checkIndex(i);
        return scores[i];
    }

    private void checkIndex(int i) {
        if (i < 0 || i >= count) {
            throw new IndexOutOfBoundsException("strategy " + i + " of " + count + " kept");
        }
    }

    @Override
    public String toString() {
        return "Pricing{kept=" + Arrays.toString(Arrays.copyOf(scores, count)) + "}";
    }
}
