package relax.core.structure;

import relax.core.InvalidStructureException;

/**
 * A setting's distribution p(x = v) as exact rationals: integer weights n_v over one denominator d,
 * p(x = v) = n_v / d with Σ_v n_v = d. Measures averaged over the settings (p(m=0) of Chaves et al. 2015,
 * eq. 39) need it exactly: their rows are integer counts over a common denominator, so that the exact
 * certificate check sees the data as the user meant it.
 *
 * <p>A structure file gives probabilities as decimal numbers (or fractions such as {@code "1/3"}), which arrive
 * here as doubles. Each is read as the unique fraction n/q with q ≤ {@value #MAX_DENOMINATOR} within
 * {@value #CLOSENESS} of the double (the double nearest a fraction with q ≤ 10^6 is within 2^−53 of it, and two
 * such fractions differ by at least 10^−12, so there is at most one, and by Legendre's theorem it is a
 * continued-fraction convergent of the double). The fractions must then sum to exactly 1. Immutable.
 */
public final class ExactDistribution {
    /** Largest denominator of a single probability. */
    public static final long MAX_DENOMINATOR = 1_000_000;
    /** Largest common denominator of one setting's distribution. */
    public static final long MAX_COMMON_DENOMINATOR = 1L << 30;
    private static final double CLOSENESS = 1e-14;

    private final int[] weights;
    private final int denominator;

    private ExactDistribution(int[] weights, int denominator) {
        this.weights = weights;
        this.denominator = denominator;
    }

    /**
     * The exact distribution of a setting: its given distribution read as fractions, or uniform (n_v = 1, d = values).
     *
     * @throws InvalidStructureException naming the setting if a probability is not such a fraction, or if they do
     *                                   not sum to exactly 1
     */
    public static ExactDistribution of(Node setting) {
        double[] p = setting.distribution();
        if (p == null) {
            int[] w = new int[setting.values()];
            java.util.Arrays.fill(w, 1);
            return new ExactDistribution(w, setting.values());
        }
        long[] num = new long[p.length];
        long[] den = new long[p.length];
        long common = 1;
        for (int v = 0; v < p.length; v++) {
            long[] f = fraction(p[v]);
            if (f == null) {
                throw new InvalidStructureException("setting '" + setting.name() + "': probability " + p[v] + " of value " + v
                        + " is not a fraction with denominator at most " + MAX_DENOMINATOR + "; write it exactly, e.g. 0.25 or \"1/3\"");
            }
            num[v] = f[0];
            den[v] = f[1];
            common = common / gcd(common, den[v]) * den[v];
            if (common > MAX_COMMON_DENOMINATOR) {
                throw new InvalidStructureException("setting '" + setting.name() + "': its probabilities need a common denominator above "
                        + MAX_COMMON_DENOMINATOR + "; use simpler fractions");
            }
        }
        int[] w = new int[p.length];
        long sum = 0;
        for (int v = 0; v < p.length; v++) {
            w[v] = (int) (num[v] * (common / den[v]));
            sum += w[v];
        }
        if (sum != common) {
            throw new InvalidStructureException("setting '" + setting.name() + "': its distribution, read as fractions, sums to " + sum + "/" + common
                    + ", not exactly 1");
        }
        return new ExactDistribution(w, (int) common);
    }

    /** The fraction {n, q} with q ≤ MAX_DENOMINATOR within CLOSENESS of x ∈ [0, 1], or null if there is none. */
    static long[] fraction(double x) {
        if (!(x >= 0 && x <= 1)) {
            return null;
        }
        // continued-fraction convergents h/k of x
        long h0 = 0;
        long h1 = 1;
        long k0 = 1;
        long k1 = 0;
        double rest = x;
        for (int i = 0; i < 64; i++) {
            double a = Math.floor(rest);
            long h = (long) a * h1 + h0;
            long k = (long) a * k1 + k0;
            if (k > MAX_DENOMINATOR) {
                return null;
            }
            if (Math.abs(x - (double) h / k) <= CLOSENESS) {
                return new long[] {h, k};
            }
            h0 = h1;
            h1 = h;
            k0 = k1;
            k1 = k;
            double frac = rest - a;
            if (frac == 0) {
                return null;
            }
            rest = 1 / frac;
        }
        return null;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /** n_v: p(x = v) = n_v / {@link #denominator()}. */
    public int weight(int v) {
        return weights[v];
    }

    /** d, the common denominator (Σ_v n_v = d). */
    public int denominator() {
        return denominator;
    }
}
