package relax.lp.network;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.Numbers;

/**
 * The free parameters ν that Alice's marginals p(a|x) leave in her strategy marginal q^a (Chaves et al. 2015,
 * eq. 48; worked out by hand in eqs. 56 and 61–62). The linear system
 * <pre>  Σ_ᾱ δ(a, α_x) q^a_ᾱ = p(a|x)        for every output a and input x</pre>
 * over the oa^mx unknowns q^a_ᾱ is solved exactly (rational Gauss–Jordan elimination). Its solutions
 * form the affine space
 * <pre>  q^a = f(ν) = f⁰ + N ν,    f⁰ = R p(·|·),</pre>
 * where ν_k = q^a at the k-th free strategy {@link #freeStrategy(int)}, N has a unit row at every free
 * strategy, and R maps the vector of marginals (index x·oa + a) to the offset. Pivots are chosen from the
 * last strategy backwards, so that the free parameters are the first strategies, as in the paper:
 * ν = q^a_00 for binary inputs and outputs (eq. 56), ν = (q^a_000, q^a_001, q^a_010, q^a_100) for three
 * inputs (eq. 62). The space depends only on (mx, oa); the marginals enter through {@link #offset}.
 *
 * <p>Strategies ᾱ are indexed as in {@link relax.core.network.SwappingStrategies}: α_0 is the most significant digit.
 */
public final class FreeParameters {
    private final int mx;
    private final int oa;
    private final int alphas;
    private final int[] free;
    /** direction[ᾱ][k] = N_ᾱk. */
    private final BigFraction[][] direction;
    /** offsetMap[ᾱ][x·oa + a] = R_ᾱ,(x,a). */
    private final BigFraction[][] offsetMap;

    private FreeParameters(int mx, int oa) {
        this.mx = mx;
        this.oa = oa;
        int alphas = 1;
        for (int x = 0; x < mx; x++) {
            alphas *= oa;
        }
        this.alphas = alphas;
        int rows = mx * oa;
        // augmented matrix [M | I]: row x·oa + a, M column ᾱ = 1 when α_x = a
        BigFraction[][] m = new BigFraction[rows][alphas + rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < alphas + rows; c++) {
                m[r][c] = BigFraction.ZERO;
            }
            m[r][alphas + r] = BigFraction.ONE;
        }
        for (int alpha = 0; alpha < alphas; alpha++) {
            int rest = alpha;
            for (int x = mx - 1; x >= 0; x--) {
                m[x * oa + rest % oa][alpha] = BigFraction.ONE;
                rest /= oa;
            }
        }
        int[] pivotColumn = new int[rows];
        int rank = 0;
        for (int col = alphas - 1; col >= 0 && rank < rows; col--) {
            int pivot = -1;
            for (int r = rank; r < rows && pivot < 0; r++) {
                if (m[r][col].getNumerator().signum() != 0) {
                    pivot = r;
                }
            }
            if (pivot < 0) {
                continue;
            }
            BigFraction[] swap = m[pivot];
            m[pivot] = m[rank];
            m[rank] = swap;
            BigFraction inverse = m[rank][col].reciprocal();
            for (int c = 0; c < alphas + rows; c++) {
                m[rank][c] = m[rank][c].multiply(inverse);
            }
            for (int r = 0; r < rows; r++) {
                if (r != rank && m[r][col].getNumerator().signum() != 0) {
                    BigFraction f = m[r][col];
                    for (int c = 0; c < alphas + rows; c++) {
                        m[r][c] = m[r][c].subtract(f.multiply(m[rank][c]));
                    }
                }
            }
            pivotColumn[rank++] = col;
        }
        boolean[] isPivot = new boolean[alphas];
        for (int r = 0; r < rank; r++) {
            isPivot[pivotColumn[r]] = true;
        }
        List<Integer> freeList = new ArrayList<>();
        for (int alpha = 0; alpha < alphas; alpha++) {
            if (!isPivot[alpha]) {
                freeList.add(alpha);
            }
        }
        this.free = freeList.stream().mapToInt(Integer::intValue).toArray();
        this.direction = new BigFraction[alphas][free.length];
        this.offsetMap = new BigFraction[alphas][rows];
        for (int alpha = 0; alpha < alphas; alpha++) {
            for (int k = 0; k < free.length; k++) {
                direction[alpha][k] = free[k] == alpha ? BigFraction.ONE : BigFraction.ZERO;
            }
            for (int i = 0; i < rows; i++) {
                offsetMap[alpha][i] = BigFraction.ZERO;
            }
        }
        for (int r = 0; r < rank; r++) {
            int alpha = pivotColumn[r];
            for (int k = 0; k < free.length; k++) {
                direction[alpha][k] = m[r][free[k]].negate();
            }
            System.arraycopy(m[r], alphas, offsetMap[alpha], 0, rows);
        }
    }

    /** The free parameters of Alice's strategy marginal with {@code mx} inputs and {@code oa} outputs. */
    public static FreeParameters of(int mx, int oa) {
        if (mx < 1 || oa < 1) {
            throw new IllegalArgumentException("need at least one input and one output, got mx = " + mx + ", oa = " + oa);
        }
        return new FreeParameters(mx, oa);
    }

    /** Number k of free parameters: oa^mx − (mx·(oa − 1) + 1). */
    public int count() {
        return free.length;
    }

    /** Number of strategies ᾱ. */
    public int strategies() {
        return alphas;
    }

    /** The strategy ᾱ whose weight q^a_ᾱ is parameter ν_k. */
    public int freeStrategy(int k) {
        return free[k];
    }

    /** N_ᾱk: how q^a_ᾱ moves with ν_k. */
    public BigFraction direction(int alpha, int k) {
        return direction[alpha][k];
    }

    /**
     * The offset f⁰ = R p(·|·): q^a at ν = 0.
     *
     * @param marginal p(a|x) at index x·oa + a; not modified
     */
    public BigFraction[] offset(BigFraction[] marginal) {
        if (marginal.length != mx * oa) {
            throw new IllegalArgumentException("expected " + mx * oa + " marginals p(a|x), got " + marginal.length);
        }
        BigFraction[] f = new BigFraction[alphas];
        for (int alpha = 0; alpha < alphas; alpha++) {
            BigFraction s = BigFraction.ZERO;
            for (int i = 0; i < marginal.length; i++) {
                if (offsetMap[alpha][i].getNumerator().signum() != 0) {
                    s = s.add(offsetMap[alpha][i].multiply(marginal[i]));
                }
            }
            f[alpha] = s;
        }
        return f;
    }

    /**
     * q^a_ᾱ as an affine function of ν, as the paper writes eqs. (56) and (62), e.g.
     * {@code q^a_01 = 0.5 - ν1} (ν numbered from 1).
     *
     * @param offset f⁰ from {@link #offset}; not modified
     */
    public String formula(int alpha, String alphaName, BigFraction[] offset) {
        StringBuilder s = new StringBuilder("q^a_").append(alphaName).append(" =");
        boolean first = true;
        if (offset[alpha].getNumerator().signum() != 0) {
            s.append(' ').append(Numbers.format(offset[alpha].doubleValue()));
            first = false;
        }
        for (int k = 0; k < free.length; k++) {
            BigFraction c = direction[alpha][k];
            if (c.getNumerator().signum() == 0) {
                continue;
            }
            s.append(c.getNumerator().signum() < 0 ? (first ? " -" : " - ") : (first ? " " : " + "));
            BigFraction abs = c.abs();
            if (!abs.equals(BigFraction.ONE)) {
                s.append(Numbers.format(abs.doubleValue()));
            }
            s.append('ν').append(k + 1);
            first = false;
        }
        return first ? s.append(" 0").toString() : s.toString();
    }
}
