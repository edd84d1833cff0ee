package relax.scenarios.microstate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.Scenario;
import relax.scenarios.functional.BellFunctional;

/**
 * Audits an explicit hidden-variable model exactly: the behaviour p(a,b|x,y) it produces, each
 * {@link Property} with its largest violation and where it occurs, the CHSH value, and how strongly each
 * microstate depends on the far setting. Everything is computed in exact arithmetic ({@link Surd}) from the
 * model's joint distribution; no LP.
 */
public final class Auditor {
    private Auditor() {
    }

    /**
     * Audits {@code model}.
     *
     * @throws InvalidModelException when the model is too large to audit exactly ({@link JointDistribution#MAX_ENTRIES})
     */
    public static Audit audit(HiddenVariableModel model) {
        JointDistribution joint = JointDistribution.of(model);
        Scenario scenario = Scenario.bipartite(model.count(ModelVariable.X), model.count(ModelVariable.Y), model.count(ModelVariable.A),
                model.count(ModelVariable.B));
        Surd[] p = behaviour(joint, scenario);
        List<Verdict> verdicts = new ArrayList<>();
        for (Property property : Property.values()) {
            verdicts.add(check(joint, property));
        }
        boolean settingsIndependent = verdicts.get(Property.SETTINGS_INDEPENDENCE.ordinal()).holds();
        List<MicrostateDependence> dependence = settingsIndependent ? dependence(joint) : List.of();
        return new Audit(model, joint, scenario, p, verdicts, chsh(scenario, p), dependence);
    }

    /** p(a,b|x,y) = P(x,y,a,b) / P(x,y), flat in the scenario's order. */
    private static Surd[] behaviour(JointDistribution joint, Scenario s) {
        Surd[] p = new Surd[s.size()];
        int xyab = ModelVariable.set(ModelVariable.X, ModelVariable.Y, ModelVariable.A, ModelVariable.B);
        int xy = ModelVariable.set(ModelVariable.X, ModelVariable.Y);
        for (int x = 0; x < s.inputs(0); x++) {
            for (int y = 0; y < s.inputs(1); y++) {
                for (int a = 0; a < s.outputs(0); a++) {
                    for (int b = 0; b < s.outputs(1); b++) {
                        long key = joint.with(joint.with(joint.with(joint.with(0, ModelVariable.X, x), ModelVariable.Y, y), ModelVariable.A, a),
                                ModelVariable.B, b);
                        p[s.index(x, y, a, b)] = joint.conditional(key, xyab & ~xy, xy);
                    }
                }
            }
        }
        return p;
    }

    /** The largest |left − right| over the property's equations and every value where both sides are defined. */
    static Verdict check(JointDistribution joint, Property property) {
        Verdict worst = new Verdict(property, Surd.ZERO, null, 0, null, null);
        for (Equation e : property.equations()) {
            long[] givens = joint.marginal(e.lhs().given()).keySet().stream().mapToLong(Long::longValue).sorted().toArray();
            ModelVariable[] targets = variables(e.lhs().target());
            int[] digits = new int[targets.length];
            for (long g : givens) {
                Surd pg = joint.probability(g, e.lhs().given());
                Arrays.fill(digits, 0);
                do {
                    long key = g;
                    for (int k = 0; k < targets.length; k++) {
                        key = joint.with(key, targets[k], digits[k]);
                    }
                    Surd lhs = joint.probability(key, e.lhs().target() | e.lhs().given()).divide(pg);
                    Surd rhs = Surd.ONE;
                    for (Equation.Term t : e.rhs()) {
                        rhs = rhs.multiply(joint.conditional(key, t.target(), t.given()));
                    }
                    Surd violation = lhs.subtract(rhs).abs();
                    if (violation.compareTo(worst.violation()) > 0) {
                        worst = new Verdict(property, violation, e, key, lhs, rhs);
                    }
                } while (next(digits, targets, joint));
            }
        }
        return worst;
    }

    /** Advances a mixed-radix counter over the values of {@code vars}; false after the last. */
    private static boolean next(int[] digits, ModelVariable[] vars, JointDistribution joint) {
        for (int k = digits.length - 1; k >= 0; k--) {
            if (++digits[k] < joint.radix(vars[k])) {
                return true;
            }
            digits[k] = 0;
        }
        return false;
    }

    private static ModelVariable[] variables(int set) {
        return Arrays.stream(ModelVariable.values()).filter(v -> (set & v.bit()) != 0).toArray(ModelVariable[]::new);
    }

    /**
     * CHSH for two settings and two results per side: eq. (8) of Chaves et al. 2015 maximised over its eight
     * relabellings, and the correlator sums S = E00 + E01 + E10 − E11 (as labelled, outcomes taken as ±1 in
     * their declared order) and max over the eight forms ±(E00 + E01 + E10 + E11 − 2E_st); null otherwise.
     */
    private static Chsh chsh(Scenario s, Surd[] p) {
        if (!s.equals(Scenario.bipartite(2, 2, 2, 2))) {
            return null;
        }
        Surd best = null;
        String bestName = null;
        for (BellFunctional f : BellFunctional.chshSymmetries()) {
            Surd v = evaluate(f, p);
            if (best == null || v.compareTo(best) > 0) {
                best = v;
                bestName = f.name();
            }
        }
        Surd[][] e = new Surd[2][2];
        for (int x = 0; x < 2; x++) {
            for (int y = 0; y < 2; y++) {
                e[x][y] = p[s.index(x, y, 0, 0)].add(p[s.index(x, y, 1, 1)]).subtract(p[s.index(x, y, 0, 1)]).subtract(p[s.index(x, y, 1, 0)]);
            }
        }
        Surd all = e[0][0].add(e[0][1]).add(e[1][0]).add(e[1][1]);
        Surd sMax = null;
        for (int st = 0; st < 4; st++) {
            Surd form = all.subtract(e[st >> 1][st & 1].add(e[st >> 1][st & 1]));
            sMax = sMax == null ? form.abs() : sMax.max(form.abs());
        }
        return new Chsh(best, bestName, evaluate(BellFunctional.chshCorrelator(), p), sMax);
    }

    /** Σ_j f_j p_j + c exactly (the built-in CHSH coefficients are small integers, exact as doubles). */
    private static Surd evaluate(BellFunctional f, Surd[] p) {
        Surd v = Surd.of(new BigFraction(f.constant()));
        for (int j = 0; j < p.length; j++) {
            if (f.coefficients()[j] != 0) {
                v = v.add(Surd.of(new BigFraction(f.coefficients()[j])).multiply(p[j]));
            }
        }
        return v;
    }

    /** The four model-level microstate dependences of {@link MicrostateDependence}; only for settings-independent models. */
    private static List<MicrostateDependence> dependence(JointDistribution joint) {
        return List.of(
                dependence(joint, "lambda_b_on_x", ModelVariable.LAMBDA_B, ModelVariable.X, null),
                dependence(joint, "lambda_b_on_x_given_y", ModelVariable.LAMBDA_B, ModelVariable.X, ModelVariable.Y),
                dependence(joint, "lambda_a_on_y", ModelVariable.LAMBDA_A, ModelVariable.Y, null),
                dependence(joint, "lambda_a_on_y_given_x", ModelVariable.LAMBDA_A, ModelVariable.Y, ModelVariable.X));
    }

    /**
     * max over (e,) s, s' of Σ_λ P(λ) · ½ Σ_μ |P(μ|s,e,λ) − P(μ|s',e,λ)|, μ the microstate, s the far setting,
     * e the near setting when {@code near} is not null. With settings independence every P(s,e,λ) with
     * P(λ) &gt; 0 is positive, so every conditional is defined.
     */
    private static MicrostateDependence dependence(JointDistribution joint, String key, ModelVariable micro, ModelVariable far,
            ModelVariable near) {
        int lambda = ModelVariable.LAMBDA.bit();
        int given = far.bit() | lambda | (near == null ? 0 : near.bit());
        long[] states = joint.marginal(lambda).keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        int nearValues = near == null ? 1 : joint.radix(near);
        Surd best = Surd.ZERO;
        Map<String, Integer> where = null;
        for (int e = 0; e < nearValues; e++) {
            for (int s = 0; s < joint.radix(far); s++) {
                for (int s2 = s + 1; s2 < joint.radix(far); s2++) {
                    Surd total = Surd.ZERO;
                    for (long l : states) {
                        long base = near == null ? l : joint.with(l, near, e);
                        Surd tv = Surd.ZERO;
                        for (int m = 0; m < joint.radix(micro); m++) {
                            long k1 = joint.with(joint.with(base, far, s), micro, m);
                            long k2 = joint.with(joint.with(base, far, s2), micro, m);
                            tv = tv.add(joint.conditional(k1, micro.bit(), given).subtract(joint.conditional(k2, micro.bit(), given)).abs());
                        }
                        total = total.add(joint.probability(l, lambda).multiply(tv));
                    }
                    total = total.multiply(Surd.of(1, 2));
                    if (total.compareTo(best) > 0) {
                        best = total;
                        where = new LinkedHashMap<>();
                        if (near != null) {
                            where.put(near.key(), e);
                        }
                        where.put(far.key(), s);
                        where.put(far.key() + "'", s2);
                    }
                }
            }
        }
        return new MicrostateDependence(key, micro, far, near, best, best.isZero() ? Map.of() : where);
    }
}
