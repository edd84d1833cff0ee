package relax.lp.dependence;

import java.util.Locale;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * The two measures of measurement dependence of Chaves et al. (2015) (appendix "Measurement dependence models"),
 * both ℓ1 norms of linear maps of the model q(x, λ) — Theorem 6 with L = 1 and with L = number of
 * pairs of input tuples:
 * <ul>
 *   <li>{@link #M}: M = Σ_{x,λ} |q(x,λ) − p(x) q(λ)| (eq. 5 / 41), L = 1;</li>
 *   <li>{@link #HALL}: M_Hall = max_{x≠x'} Σ_λ |q(λ|x) − q(λ|x')| (Hall's measure), L = one term per pair.</li>
 * </ul>
 *
 * <p><b>Rays.</b> Both measures are sums over λ of a convex, positively homogeneous function of the
 * vector q(·, λ), linear on finitely many cones; the LP of {@link MeasurementDependence} therefore
 * works with columns (λ, ε): strategy λ used on input tuple x with weight q(x, λ) = θ p(x) ε_x, θ ≥ 0,
 * for the ray ε of a linear piece. With r = q(·,λ)/p(·):
 * <ul>
 *   <li>M: the cost of column (λ, ε) is Σ_x p(x) |ε_x − ⟨p, ε⟩|; the rays are (t, Z): ε = 0 on a set Z of
 *       input tuples, 1 + p(Z)/p(t) on a tuple t ∉ Z, 1 elsewhere (⟨p, ε⟩ = 1, cost 2 p(Z));</li>
 *   <li>M_Hall: the layer-cake decomposition r = ∫ 1{r &gt; τ} dτ shows that the rays 1_T of non-empty sets
 *       T of input tuples suffice; the pair (x, x') costs |ε_x − ε_x'|, i.e. 1 when T separates x and x'.</li>
 * </ul>
 *
 * <p><b>Dual (Theorem 6).</b> With ŵ_x = ẑ(λ(x) | x) the dual weight of the entry λ produces on x (and,
 * for M_Hall, pair weights u ≥ 0 with Σ u ≤ 1), a column's reduced score per unit of ⟨p, ε⟩ is maximised
 * over the rays in closed form by {@link #score}:
 * <ul>
 *   <li>M: Σ_x p(x) max(ζ_x, max_t ζ_t − 2) with ζ_x = ŵ_x / p(x) — moving the mass of tuple x to the best
 *       tuple t gains ζ_t − ζ_x and costs 2 per unit of ℓ1 distance;</li>
 *   <li>M_Hall: max_T (Σ_{x∈T} ŵ_x − Σ_{pairs cut by T} u) / p(T).</li>
 * </ul>
 * The dual is feasible exactly when no strategy scores above 0; see {@link MeasurementDependenceCertificate}.
 */
public enum MeasurementDependenceMeasure {
    /** M_XY:Λ of eq. (5)/(41). */
    M("M", "M = sum_{x,lambda} |p(x,lambda) - p(x)p(lambda)| (eq. 5/41)"),
    /** Hall's measure M_Hall. */
    HALL("M_Hall", "M_Hall = max_{x,x'} sum_lambda |p(lambda|x) - p(lambda|x')| (Hall)");

    /** Largest number of input tuples M_Hall handles (its rays are the subsets of input tuples). */
    public static final int HALL_BLOCK_LIMIT = 16;
    /** Largest number of input tuples M handles (a ray is coded in a 64-bit word). */
    public static final int M_BLOCK_LIMIT = 40;

    private final String symbol;
    private final String definition;

    MeasurementDependenceMeasure(String symbol, String definition) {
        this.symbol = symbol;
        this.definition = definition;
    }

    /** Short symbol: M or M_Hall. */
    public String symbol() {
        return symbol;
    }

    /** The definition in one line. */
    public String definition() {
        return definition;
    }

    /** The command-line key: m or hall. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The measure called {@code key} (m or hall), case-insensitive. */
    public static MeasurementDependenceMeasure fromKey(String key) {
        return switch (key.toLowerCase(Locale.ROOT)) {
            case "m" -> M;
            case "hall" -> HALL;
            default -> throw new IllegalArgumentException("unknown measure '" + key + "': expected m or hall");
        };
    }

    /** Number of ℓ1 terms L of Theorem 6: 1 for M, one per unordered pair of input tuples for M_Hall. */
    public int terms(int blocks) {
        return this == M ? 1 : blocks * (blocks - 1) / 2;
    }

    /** Index of the term of the pair s &lt; t of input tuples (M_Hall). */
    static int pair(int s, int t, int blocks) {
        return s * blocks - s * (s + 1) / 2 + (t - s - 1);
    }

    /** The ray ε of {@code code} over the input tuples (written into {@code eps}, modified). */
    void ray(long code, double[] p, double[] eps) {
        int blocks = p.length;
        if (this == HALL) {
            for (int s = 0; s < blocks; s++) {
                eps[s] = (code >>> s & 1) != 0 ? 1 : 0;
            }
            return;
        }
        int t = (int) (code >>> blocks);
        double massZ = 0;
        for (int s = 0; s < blocks; s++) {
            boolean inZ = (code >>> s & 1) != 0;
            eps[s] = inZ ? 0 : 1;
            massZ += inZ ? p[s] : 0;
        }
        eps[t] = 1 + massZ / p[t];
    }

    /** The ray code of the column that puts all of a strategy's weight on input tuple t. */
    long unitRay(int t, int blocks) {
        return this == HALL ? 1L << t : ((long) t << blocks) | (((1L << blocks) - 1) & ~(1L << t));
    }

    /**
     * The ℓ1 contributions of ray ε to each of the {@link #terms} terms (written into {@code cost}): for M
     * the one value Σ_x p(x)|ε_x − ⟨p,ε⟩|, for M_Hall |ε_x − ε_x'| per pair.
     */
    void cost(double[] eps, double[] p, double[] cost) {
        int blocks = p.length;
        if (this == M) {
            double mean = 0;
            for (int s = 0; s < blocks; s++) {
                mean += p[s] * eps[s];
            }
            double c = 0;
            for (int s = 0; s < blocks; s++) {
                c += p[s] * Math.abs(eps[s] - mean);
            }
            cost[0] = c;
            return;
        }
        for (int s = 0; s < blocks; s++) {
            for (int t = s + 1; t < blocks; t++) {
                cost[pair(s, t, blocks)] = Math.abs(eps[s] - eps[t]);
            }
        }
    }

    /**
     * Precomputed per dual point for {@link #score}: for M_Hall the cut weight u(δT) and p(T) of every
     * subset T of input tuples; nothing for M.
     */
    static final class Cuts {
        final double[] cut;
        final double[] mass;

        Cuts(MeasurementDependenceMeasure measure, double[] u, double[] p) {
            int blocks = p.length;
            if (measure == M) {
                cut = new double[0];
                mass = new double[0];
                return;
            }
            int subsets = 1 << blocks;
            cut = new double[subsets];
            mass = new double[subsets];
            for (int set = 1; set < subsets; set++) {
                double c = 0;
                double m = 0;
                for (int s = 0; s < blocks; s++) {
                    boolean in = (set >>> s & 1) != 0;
                    m += in ? p[s] : 0;
                    for (int t = s + 1; t < blocks; t++) {
                        if (in != ((set >>> t & 1) != 0)) {
                            c += u[pair(s, t, blocks)];
                        }
                    }
                }
                cut[set] = c;
                mass[set] = m;
            }
        }
    }

    /**
     * The best reduced score per unit of ⟨p, ε⟩ over the rays of one strategy (closed forms above), and
     * in {@code bestRay[0]} the code of a ray attaining it.
     *
     * @param w       ŵ_x for every input tuple x; not modified
     * @param p       p(x); not modified
     * @param cuts    from the same dual point (M_Hall)
     * @param scratch length ≥ 2^blocks for M_Hall (modified), unused for M
     */
    double score(double[] w, double[] p, Cuts cuts, double[] scratch, long[] bestRay) {
        int blocks = p.length;
        if (this == M) {
            double max = Double.NEGATIVE_INFINITY;
            int t = 0;
            for (int s = 0; s < blocks; s++) {
                double zeta = w[s] / p[s];
                if (zeta > max) {
                    max = zeta;
                    t = s;
                }
            }
            double v = 0;
            long zMask = 0;
            for (int s = 0; s < blocks; s++) {
                double zeta = w[s] / p[s];
                if (zeta < max - 2) {
                    zMask |= 1L << s;
                    v += p[s] * (max - 2);
                } else {
                    v += p[s] * zeta;
                }
            }
            bestRay[0] = ((long) t << blocks) | zMask;
            return v;
        }
        double best = Double.NEGATIVE_INFINITY;
        scratch[0] = 0;
        for (int set = 1; set < 1 << blocks; set++) {
            int low = Integer.numberOfTrailingZeros(set);
            scratch[set] = scratch[set & (set - 1)] + w[low];
            double v = (scratch[set] - cuts.cut[set]) / cuts.mass[set];
            if (v > best) {
                best = v;
                bestRay[0] = set;
            }
        }
        return best;
    }

    /**
     * M's {@link #score} in exact arithmetic for the certificate: Σ_x p(x) max(ζ_x, max_t ζ_t − 2) with
     * ζ_x = ŵ_x / p(x). (M_Hall's certificate evaluates single rays exactly instead.)
     */
    BigFraction exactScore(BigFraction[] w, BigFraction[] p) {
        if (this != M) {
            throw new IllegalStateException("the closed-form exact score is M's");
        }
        int blocks = p.length;
        BigFraction[] zeta = new BigFraction[blocks];
        BigFraction max = null;
        for (int s = 0; s < blocks; s++) {
            zeta[s] = w[s].divide(p[s]);
            if (max == null || zeta[s].compareTo(max) > 0) {
                max = zeta[s];
            }
        }
        BigFraction floor = max.subtract(2);
        BigFraction v = BigFraction.ZERO;
        for (int s = 0; s < blocks; s++) {
            v = v.add(p[s].multiply(zeta[s].compareTo(floor) < 0 ? floor : zeta[s]));
        }
        return v;
    }
}
