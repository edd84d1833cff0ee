package relax.lp.relaxation;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.Behaviour;
import relax.core.NearestDouble;
import relax.core.Scenario;

/**
 * The linear constraints a model must meet, written as functionals of the behaviour it produces:
 * rows ⟨r_k, p⟩ = g_k over the entries of p. With p = T q every row becomes a linear constraint on the
 * strategy distribution q, and the coefficient of strategy λ is ⟨r_k, T_λ⟩.
 *
 * <p>Two uses (Chaves et al. 2015, eq. 32 and Corollary 8): {@link #reproducing} demands the whole
 * observed behaviour (V = 1); {@link Builder} assembles a Bell value, no-signalling and normalisation rows
 * for the functional mode (V = a Bell functional).
 *
 * <p><b>Exact data.</b> Every row keeps its coefficients and right-hand side exactly as given
 * ({@link Row#exactCoefficients()}, {@link Row#exactRhs()}); the LP sees their nearest doubles, the
 * certificates are checked against the exact values, so a certificate is a proof about the data as the
 * user wrote it. <b>Scale.</b> A row whose largest coefficient is far from 1 (below 1/16 or above 16) is
 * multiplied by a power of two that brings it into [1, 2) — exactly, in binary — so that the engine's
 * absolute tolerances act relative to the row's own scale; {@link Row#scale()} records the factor, and a
 * multiplier of the scaled row times the scale is the multiplier of the row as given.
 *
 * <p>Every set carries a <em>normalisation combination</em> ν of its rows with Σ_k ν_k ⟨r_k, T_λ⟩ = 1
 * for every strategy and Σ_k ν_k g_k = 1; it lets any dual vector be repaired into a valid certificate
 * by a constant shift (see {@link Certificate}).
 */
public final class BehaviourConstraints {

    /**
     * One row ⟨r, p⟩ = rhs, with r sparse over behaviour entries.
     *
     * @param entries           the entries with a nonzero coefficient
     * @param coefficients      the coefficients as doubles (nearest to the exact ones)
     * @param rhs               the right-hand side as a double
     * @param label             what the row says, for reports
     * @param exactCoefficients the coefficients exactly
     * @param exactRhs          the right-hand side exactly
     * @param scale             the factor this row was multiplied by (1 for a row as given): a power of two, times
 *                          any factor the caller applied (e.g. to clear denominators)
     */
    public record Row(int[] entries, double[] coefficients, double rhs, String label, BigFraction[] exactCoefficients, BigFraction exactRhs,
            BigFraction scale) {
    }

    /** Rows whose largest |coefficient| lies outside [1/16, 16] are rescaled. */
    private static final int SCALE_EXPONENT_LIMIT = 4;

    private final Scenario scenario;
    private final List<Row> rows;
    private final double[] normalisation;
    /** CSR map from behaviour entry to the rows it appears in. */
    private final int[] entryStart;
    private final int[] entryRow;
    private final double[] entryCoefficient;

    private BehaviourConstraints(Scenario scenario, List<Row> rows, double[] normalisation) {
        this.scenario = scenario;
        this.rows = List.copyOf(rows);
        this.normalisation = normalisation;
        int size = scenario.size();
        int[] count = new int[size + 1];
        for (Row r : rows) {
            for (int e : r.entries()) {
                count[e + 1]++;
            }
        }
        for (int e = 0; e < size; e++) {
            count[e + 1] += count[e];
        }
        this.entryStart = count.clone();
        this.entryRow = new int[count[size]];
        this.entryCoefficient = new double[count[size]];
        int[] fill = Arrays.copyOf(count, size);
        for (int k = 0; k < rows.size(); k++) {
            Row r = rows.get(k);
            for (int t = 0; t < r.entries().length; t++) {
                int e = r.entries()[t];
                entryRow[fill[e]] = k;
                entryCoefficient[fill[e]++] = r.coefficients()[t];
            }
        }
    }

    /**
     * Reproduce the whole behaviour: one row p_j = observed p_j per entry, except that in every block
     * but the first the last outcome is left out — it is implied, since each block of T q sums to Σ q,
     * which the complete first block fixes to 1. Dropping these rows removes the redundancy without
     * changing the feasible set. ν is the sum of the first block's rows. The right-hand sides are the
     * behaviour's exact entries.
     */
    public static BehaviourConstraints reproducing(Behaviour behaviour) {
        Scenario s = behaviour.scenario();
        int k = s.outcomesPerBlock();
        List<Row> rows = new ArrayList<>();
        double[] nu = new double[s.size()];
        BigFraction[] one = {BigFraction.ONE};
        for (int block = 0; block < s.inputBlocks(); block++) {
            int last = block == 0 ? k : k - 1;
            for (int o = 0; o < last; o++) {
                int e = s.index(block, o);
                if (block == 0) {
                    nu[rows.size()] = 1;
                }
                rows.add(new Row(new int[] {e}, new double[] {1}, behaviour.get(e), s.entryName(e), one, behaviour.exact(e), BigFraction.ONE));
            }
        }
        return new BehaviourConstraints(s, rows, Arrays.copyOf(nu, rows.size()));
    }

    /** Builder for functional-mode constraint sets; starts with the normalisation row Σ_λ q_λ = 1. */
    public static Builder builder(Scenario scenario) {
        return new Builder(scenario);
    }

    /** Assembles rows of the functional mode (Corollary 8 with V a Bell functional). */
    public static final class Builder {
        private final Scenario scenario;
        private final List<Row> rows = new ArrayList<>();

        private Builder(Scenario scenario) {
            this.scenario = scenario;
            int k = scenario.outcomesPerBlock();
            BigFraction[] c = new BigFraction[scenario.size()];
            Arrays.fill(c, BigFraction.ZERO);
            Arrays.fill(c, 0, k, BigFraction.ONE);
            row(c, BigFraction.ONE, "normalisation");
        }

        /** Adds ⟨coefficients, p⟩ = rhs with dense coefficients over all entries, each taken as its exact binary value. */
        public Builder row(double[] coefficients, double rhs, String label) {
            BigFraction[] c = new BigFraction[coefficients.length];
            for (int i = 0; i < c.length; i++) {
                c[i] = exact(coefficients[i]);
            }
            return row(c, exact(rhs), label);
        }

        /** Adds ⟨coefficients, p⟩ = rhs with dense, exact coefficients over all entries (rescaled if far from 1, see the class comment). */
        public Builder row(BigFraction[] coefficients, BigFraction rhs, String label) {
            return row(coefficients, rhs, label, BigFraction.ONE);
        }

        /**
         * Adds the row (s·r)·p = s·g given as the row r·p = g already multiplied by {@code scaled} = s &gt; 0
         * (e.g. to clear denominators); {@link Row#scale()} then records s times any further power of two.
         */
        public Builder row(BigFraction[] coefficients, BigFraction rhs, String label, BigFraction scaled) {
            if (coefficients.length != scenario.size()) {
                throw new IllegalArgumentException("a constraint on scenario " + scenario + " needs " + scenario.size() + " coefficients, got "
                        + coefficients.length);
            }
            BigFraction largest = BigFraction.ZERO;
            int nnz = 0;
            for (BigFraction c : coefficients) {
                if (c.getNumerator().signum() != 0) {
                    nnz++;
                    largest = largest.compareTo(c.abs()) < 0 ? c.abs() : largest;
                }
            }
            BigFraction scale = BigFraction.ONE;
            if (nnz > 0) {
                int exponent = Math.getExponent(largest.doubleValue());
                if (Math.abs(exponent) > SCALE_EXPONENT_LIMIT) {
                    scale = exponent > 0 ? new BigFraction(BigInteger.ONE, BigInteger.ONE.shiftLeft(exponent))
                            : new BigFraction(BigInteger.ONE.shiftLeft(-exponent));
                }
            }
            int[] e = new int[nnz];
            double[] c = new double[nnz];
            BigFraction[] exact = new BigFraction[nnz];
            int t = 0;
            for (int i = 0; i < coefficients.length; i++) {
                if (coefficients[i].getNumerator().signum() != 0) {
                    e[t] = i;
                    exact[t] = coefficients[i].multiply(scale);
                    c[t] = NearestDouble.of(exact[t]);
                    t++;
                }
            }
            BigFraction r = rhs.multiply(scale);
            rows.add(new Row(e, c, NearestDouble.of(r), label, exact, r, scale.multiply(scaled)));
            return this;
        }

        public BehaviourConstraints build() {
            double[] nu = new double[rows.size()];
            nu[0] = 1;
            return new BehaviourConstraints(scenario, rows, nu);
        }
    }

    private static BigFraction exact(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("a constraint needs finite numbers, got " + v);
        }
        return new BigFraction(v);
    }

    public Scenario scenario() {
        return scenario;
    }

    public int rows() {
        return rows.size();
    }

    public Row row(int k) {
        return rows.get(k);
    }

    /** Right-hand side g_k (as a double). */
    public double rhs(int k) {
        return rows.get(k).rhs();
    }

    /** Right-hand side g_k exactly. */
    public BigFraction exactRhs(int k) {
        return rows.get(k).exactRhs();
    }

    /** The normalisation combination ν over rows (a copy). */
    public double[] normalisation() {
        return normalisation.clone();
    }

    /**
     * Adds Σ over the column's entries of r_k to {@code coefficient[k]} for every row k touched, and
     * returns the rows touched in {@code touched} (count returned). {@code coefficient} must be zero on
     * entry at the rows touched; both arrays are modified.
     */
    public int columnCoefficients(int[] columnEntries, double[] coefficient, int[] touched) {
        int n = 0;
        for (int e : columnEntries) {
            for (int t = entryStart[e]; t < entryStart[e + 1]; t++) {
                int k = entryRow[t];
                if (coefficient[k] == 0) {
                    boolean seen = false;
                    for (int i = 0; i < n && !seen; i++) {
                        seen = touched[i] == k;
                    }
                    if (!seen) {
                        touched[n++] = k;
                    }
                }
                coefficient[k] += entryCoefficient[t];
            }
        }
        return n;
    }

    /** z = Σ_k y_k r_k over behaviour entries, exactly, with the rows' exact coefficients. */
    public BigFraction[] entryWeights(BigFraction[] y) {
        BigFraction[] z = new BigFraction[scenario.size()];
        Arrays.fill(z, BigFraction.ZERO);
        for (int k = 0; k < rows.size(); k++) {
            if (y[k].getNumerator().signum() == 0) {
                continue;
            }
            Row r = rows.get(k);
            for (int t = 0; t < r.entries().length; t++) {
                z[r.entries()[t]] = z[r.entries()[t]].add(y[k].multiply(r.exactCoefficients()[t]));
            }
        }
        return z;
    }

    /** z = Σ_k y_k r_k over behaviour entries. */
    public double[] entryWeights(double[] y) {
        double[] z = new double[scenario.size()];
        for (int k = 0; k < rows.size(); k++) {
            Row r = rows.get(k);
            for (int t = 0; t < r.entries().length; t++) {
                z[r.entries()[t]] += y[k] * r.coefficients()[t];
            }
        }
        return z;
    }
}
