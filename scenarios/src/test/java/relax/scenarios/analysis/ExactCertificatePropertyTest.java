package relax.scenarios.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Random;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import relax.core.Scenario;
import relax.core.locality.CausalModel;
import relax.core.strategy.StrategySpace;
import relax.lp.engine.SolveOptions;
import relax.lp.engine.Status;
import relax.lp.relaxation.Certificate;
import relax.scenarios.functional.BellFunctional;
import relax.scenarios.io.FunctionalFile;

/**
 * Every certificate the engine calls "checked in exact arithmetic" is a proof about the functional exactly as
 * the user wrote it (issue: coefficients used to be rounded to simple fractions before the check). Random
 * functional files with decimal coefficients spread over 20 orders of magnitude (1e-10 … 1e10) are solved in
 * functional mode; each printed certificate is re-checked here by brute force over every deterministic strategy
 * in rational arithmetic, against coefficients parsed independently from the literals with {@link BigDecimal}:
 * <ul>
 *   <li>ẑ = ŷ_0·(normalisation) + ŷ_F·s·f + Σ ŷ_k·(no-signalling rows), with f the literals as written,</li>
 *   <li>⟨ẑ, T_λ⟩ ≤ Σ_i ŵ_i C_{i,λ} for every strategy λ (dual feasibility, eq. 27),</li>
 *   <li>the bound is ŷ_0 + ŷ_F·s·(V − c) exactly, and for a Farkas proof it is positive with ŵ = 0.</li>
 * </ul>
 */
class ExactCertificatePropertyTest {
    private static final Scenario CHSH = Scenario.bipartite(2, 2, 2, 2);

    @Test
    void everyCheckedCertificateHoldsForTheFunctionalAsWritten() {
        Random rng = new Random(20261201);
        int checked = 0;
        for (int trial = 0; trial < 60; trial++) {
            String[] literals = new String[CHSH.size()];
            StringBuilder json = new StringBuilder("{\"inputs\":[2,2],\"outputs\":[2,2],\"coefficients\":[");
            for (int e = 0; e < CHSH.size(); e++) {
                int exponent = rng.nextInt(21) - 10;
                literals[e] = rng.nextInt(3) == 0 ? "0" : String.format(Locale.ROOT, "%de%d", rng.nextInt(19) - 9, exponent);
            }
            json.append(nested(literals)).append("]}");
            BellFunctional f = FunctionalFile.parse(json.toString(), null, "random");
            BigFraction[] written = new BigFraction[literals.length];
            BigFraction largest = BigFraction.ZERO;
            for (int e = 0; e < literals.length; e++) {
                written[e] = fraction(new BigDecimal(literals[e]));
                largest = written[e].abs().compareTo(largest) > 0 ? written[e].abs() : largest;
            }
            if (largest.getNumerator().signum() == 0) {
                continue;
            }
            // a value inside or just outside the range of F over behaviours: fractions of the largest coefficient
            BigFraction value = largest.multiply(new BigFraction(rng.nextInt(9) - 4, 2));
            for (CausalModel model : new CausalModel[] {CausalModel.LHV, CausalModel.X_TO_B}) {
                FunctionalAnalysis.Outcome o = FunctionalAnalysis.run(f, value, model, true, SolveOptions.defaults());
                assertNotEquals(Status.FAILED, o.status(), o.message());
                if (o.result().certificate() == null) {
                    // decided before any LP: V is outside [Σ_blocks min_o f, Σ_blocks max_o f], recomputed here from the literals
                    checkRange(o, written, value);
                    checked++;
                    continue;
                }
                Certificate c = o.result().certificate();
                assertTrue(c.isChecked(), o.message());
                checkByBruteForce(model.strategies(CHSH), o, c, written, value);
                checked++;
            }
        }
        assertTrue(checked >= 60, "certificates checked: " + checked);
    }

    /** Every normalised behaviour has F in the range of block minima to block maxima: V beyond it is infeasible with that bound. */
    private static void checkRange(FunctionalAnalysis.Outcome o, BigFraction[] written, BigFraction value) {
        BigFraction lo = BigFraction.ZERO;
        BigFraction hi = BigFraction.ZERO;
        int per = CHSH.outcomesPerBlock();
        for (int block = 0; block < CHSH.inputBlocks(); block++) {
            BigFraction min = written[block * per];
            BigFraction max = min;
            for (int k = 1; k < per; k++) {
                min = written[block * per + k].compareTo(min) < 0 ? written[block * per + k] : min;
                max = written[block * per + k].compareTo(max) > 0 ? written[block * per + k] : max;
            }
            lo = lo.add(min);
            hi = hi.add(max);
        }
        assertEquals(Status.INFEASIBLE, o.status(), o.message());
        assertTrue(value.compareTo(lo) < 0 || value.compareTo(hi) > 0, "decided without an LP only outside [" + lo + ", " + hi + "]");
        assertEquals(value.compareTo(hi) > 0 ? hi : lo, o.reachableBound());
    }

    private static void checkByBruteForce(StrategySpace space, FunctionalAnalysis.Outcome o, Certificate c, BigFraction[] written, BigFraction value) {
        BigFraction[] y = c.rowWeights();
        BigFraction s = o.constraints().row(1).scale();
        // ẑ rebuilt from the rows as the user wrote them: row 0 is the normalisation Σ_{first block} p = 1,
        // row 1 is s·f, the others the no-signalling rows (their exact coefficients are ±1)
        BigFraction[] z = new BigFraction[CHSH.size()];
        for (int e = 0; e < z.length; e++) {
            z[e] = (e < CHSH.outcomesPerBlock() ? y[0] : BigFraction.ZERO).add(y[1].multiply(s).multiply(written[e]));
        }
        for (int k = 2; k < y.length; k++) {
            var row = o.constraints().row(k);
            for (int t = 0; t < row.entries().length; t++) {
                z[row.entries()[t]] = z[row.entries()[t]].add(y[k].multiply(row.exactCoefficients()[t]));
            }
        }
        BigFraction[] printed = c.entryWeights();
        for (int e = 0; e < z.length; e++) {
            assertEquals(z[e], printed[e], "ẑ at " + CHSH.entryName(e) + " is not built from the functional as written");
        }
        BigFraction[] w = c.measureWeights();
        int[] entries = new int[CHSH.inputBlocks()];
        int[] counts = new int[space.measureRows()];
        int[] lambda = space.digits().first();
        do {
            space.column(lambda, entries);
            space.measureCounts(lambda, counts);
            BigFraction lhs = BigFraction.ZERO;
            for (int e : entries) {
                lhs = lhs.add(z[e]);
            }
            BigFraction rhs = BigFraction.ZERO;
            for (int i = 0; i < counts.length; i++) {
                rhs = rhs.add(w[i].multiply(counts[i]));
            }
            assertTrue(lhs.compareTo(rhs) <= 0, "strategy " + space.describe(lambda) + " violates the certificate: " + lhs + " > " + rhs);
        } while (space.digits().next(lambda));
        BigFraction bound = y[0].add(y[1].multiply(s).multiply(value)); // g_0 = 1, g_F = s·(V − 0), no-signalling rows 0
        if (o.status() == Status.INFEASIBLE) {
            assertTrue(c.provesInfeasible() && bound.compareTo(BigFraction.ZERO) > 0, "a Farkas proof needs ⟨ẑ, p⟩ > 0 on the constraints");
            assertEquals(bound, c.bound());
        } else {
            assertEquals(bound.compareTo(BigFraction.ZERO) <= 0 ? BigFraction.ZERO : bound, c.bound(), "the bound is Σ ŷ g on the data as written");
        }
    }

    private static BigFraction fraction(BigDecimal d) {
        return d.scale() >= 0 ? new BigFraction(d.unscaledValue(), BigInteger.TEN.pow(d.scale()))
                : new BigFraction(d.unscaledValue().multiply(BigInteger.TEN.pow(-d.scale())));
    }

    /** The literals nested as c[x][y][a][b] (CHSH flat order is x, y, a, b). */
    private static String nested(String[] literals) {
        StringBuilder s = new StringBuilder();
        for (int x = 0; x < 2; x++) {
            s.append(x > 0 ? "," : "").append('[');
            for (int y = 0; y < 2; y++) {
                s.append(y > 0 ? "," : "").append('[');
                for (int a = 0; a < 2; a++) {
                    s.append(a > 0 ? "," : "").append('[');
                    for (int b = 0; b < 2; b++) {
                        s.append(b > 0 ? "," : "").append(literals[CHSH.index(x, y, a, b)]);
                    }
                    s.append(']');
                }
                s.append(']');
            }
            s.append(']');
        }
        return s.toString();
    }
}
