package relax.scenarios.analysis;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.Scenario;
import relax.core.locality.CausalModel;
import relax.lp.exact.Rationals;
import relax.lp.polytope.BehaviourPolytope;
import relax.lp.polytope.Gauge;
import relax.lp.polytope.HRepresentation;
import relax.lp.polytope.Inequality;
import relax.lp.polytope.Polyhedra;
import relax.lp.polytope.StrategyTable;
import relax.scenarios.functional.BellExpression;
import relax.scenarios.functional.BellFunctional;

/**
 * The facets of the polytope of behaviours a causal structure can produce (the convex hull of its deterministic
 * behaviours; Chaves et al. 2015 around eq. (10)), in symmetry classes, each facet printed as a Bell expression
 * and named where it is a known functional ({@link NamedFunctionals}); and the face of one inequality: whether
 * it is valid, how many deterministic behaviours it is tight on, their affine dimension, whether it is a facet,
 * and the facets that contain it.
 */
public final class FacetAnalysis {

    /** Largest number of strategies materialised. */
    public static final long STRATEGY_LIMIT = 1 << 16;

    /**
     * One facet class.
     *
     * @param size           number of facets in it
     * @param representative its first facet
     * @param expression     a readable member: "p(ab|xy) >= 0", "NAME <= 0, i.e. EXPRESSION <= 0", or the first facet as "EXPRESSION <= 0"
     * @param name           "positivity", a known functional among the class's facets ("c·NAME"), or empty
     */
    public record FacetClass(int size, Inequality representative, String expression, String name) {
    }

    /**
     * Facets with classes.
     *
     * @param polytope the polytope
     * @param facets   the facets (and equations) with their classes
     * @param classes  one entry per class
     */
    public record Facets(BehaviourPolytope polytope, BehaviourPolytope.Facets facets, List<FacetClass> classes) {
        /** A facet as "EXPRESSION <= 0". */
        public String expression(int facet) {
            return FacetAnalysis.expression(polytope.scenario(), facets.facets().inequalities().get(facet));
        }
    }

    /**
     * The face of an inequality.
     *
     * @param functional the functional F with F(p) ≤ bound
     * @param bound      the bound
     * @param maximum    the maximum of F over the deterministic behaviours, exactly
     * @param face       the face, with the facets through it
     * @param through    the facets through it, with classes (null when the inequality is not valid)
     */
    public record Face(BellFunctional functional, BigFraction bound, BigFraction maximum, BehaviourPolytope.Face face, Facets through) {
    }

    private FacetAnalysis() {
    }

    /** The polytope of {@code model}'s behaviours in {@code s}. */
    public static BehaviourPolytope polytope(CausalModel model, Scenario s) {
        return BehaviourPolytope.of(StrategyTable.of(model.strategies(s), STRATEGY_LIMIT));
    }

    /** Every facet of the polytope, with classes. */
    public static Facets facets(BehaviourPolytope p, Polyhedra.Options options) {
        return classes(p, p.facets(options));
    }

    /**
     * The face of F(p) ≤ bound on the polytope.
     *
     * @throws IllegalArgumentException when F's scenario differs, or its bound is not a simple fraction (its
     *                                  coefficients are exact, {@link BellFunctional#exactCoefficients()})
     */
    public static Face face(BehaviourPolytope p, BellFunctional f, double bound, Polyhedra.Options options) {
        if (!f.scenario().equals(p.scenario())) {
            throw new IllegalArgumentException(f.name() + " is defined on scenario " + f.scenario() + ", the polytope on " + p.scenario());
        }
        BigFraction[] coefficients = f.exactCoefficients();
        BigFraction constant = f.exactConstant();
        BigFraction rhs = Rationals.nearest(bound, 1_000_000).subtract(constant);
        if (Math.abs(rhs.add(constant).doubleValue() - bound) > 1e-12) {
            throw new IllegalArgumentException("the bound " + bound + " of " + f.name() + " must be a simple fraction (e.g. 4, 1/3, 0.25) to define a face exactly");
        }
        BigInteger l = rhs.getDenominator();
        for (BigFraction c : coefficients) {
            l = l.divide(l.gcd(c.getDenominator())).multiply(c.getDenominator());
        }
        BigInteger[] normal = new BigInteger[coefficients.length];
        for (int j = 0; j < normal.length; j++) {
            normal[j] = coefficients[j].multiply(l).getNumerator();
        }
        Inequality inequality = new Inequality(normal, rhs.multiply(l).getNumerator());
        BehaviourPolytope.Face face = p.face(inequality, options);
        return new Face(f, rhs.add(constant), face.maximum().divide(l).add(constant), face,
                face.facetsThrough() == null ? null : classes(p, face.facetsThrough()));
    }

    /**
     * Classes with a readable representative each: a positivity facet p(ab|xy) ≥ 0 if the class has one, else a
     * known functional if the class contains one (printed in its own form), else the class's first facet in
     * the gauge of the affine hull's equations.
     */
    private static Facets classes(BehaviourPolytope p, BehaviourPolytope.Facets f) {
        Scenario s = p.scenario();
        Gauge equations = equations(s, f.facets());
        List<Inequality> all = f.facets().inequalities();
        int[] first = f.representatives();
        List<FacetClass> classes = new ArrayList<>();
        for (int c = 0; c < first.length; c++) {
            String name = "";
            String expression = "";
            for (int i = 0; i < all.size() && name.isEmpty(); i++) {
                if (f.classOf()[i] != c) {
                    continue;
                }
                BigFraction[] z = equations.reduce(homogeneous(s, all.get(i)));
                int entry = positivity(s, z, equations);
                if (entry >= 0) {
                    name = "positivity";
                    expression = s.entryName(entry) + " >= 0";
                    continue;
                }
                NamedFunctionals.Match m = NamedFunctionals.identify(s, z, equations);
                if (m != null) {
                    name = m.toString();
                    expression = m.name() + " <= 0, i.e. " + BellExpression.format(s, m.functional()) + " <= 0";
                }
            }
            classes.add(new FacetClass(f.classSizes()[c], all.get(first[c]), expression.isEmpty() ? expression(s, all.get(first[c])) : expression, name));
        }
        return new Facets(p, f, classes);
    }

    /** The entry j if z ≡ c·(−p_j), c &gt; 0, modulo the equations; else −1. */
    private static int positivity(Scenario s, BigFraction[] reduced, Gauge equations) {
        for (int j = 0; j < s.size(); j++) {
            BigFraction[] e = new BigFraction[s.size()];
            java.util.Arrays.fill(e, BigFraction.ZERO);
            e[j] = BigFraction.MINUS_ONE;
            BigFraction[] r = equations.reduce(e);
            BigFraction c = null;
            boolean match = true;
            for (int k = 0; k < r.length && match; k++) {
                if (r[k].getNumerator().signum() == 0) {
                    match = reduced[k].getNumerator().signum() == 0;
                } else {
                    BigFraction q = reduced[k].divide(r[k]);
                    match = c == null ? q.compareTo(BigFraction.ZERO) > 0 : q.equals(c);
                    c = c == null ? q : c;
                }
            }
            if (match && c != null) {
                return j;
            }
        }
        return -1;
    }

    /** a·p ≤ b as the functional (a − b·n₀)·p ≤ 0, n₀ the first block's normalisation (1 on normalised p). */
    private static BigFraction[] homogeneous(Scenario s, Inequality q) {
        BigFraction[] z = new BigFraction[s.size()];
        for (int j = 0; j < z.length; j++) {
            z[j] = new BigFraction(q.normal()[j]);
        }
        for (int o = 0; o < s.outcomesPerBlock(); o++) {
            z[o] = z[o].subtract(new BigFraction(q.bound()));
        }
        return z;
    }

    /** The functionals vanishing on the polytope: its equations e·p = c as (e − c·n₀). */
    private static Gauge equations(Scenario s, HRepresentation h) {
        BigInteger[][] rows = new BigInteger[h.equations().size()][];
        for (int k = 0; k < rows.length; k++) {
            BigFraction[] z = homogeneous(s, h.equations().get(k));
            rows[k] = new BigInteger[z.length];
            for (int j = 0; j < z.length; j++) {
                rows[k][j] = z[j].getNumerator();
            }
        }
        return new Gauge(rows, s.size());
    }

    /** An inequality a·p ≤ b as "EXPRESSION <= 0" with the constant folded into the expression ({@link BellExpression}). */
    static String expression(Scenario s, Inequality q) {
        return BellExpression.format(s, homogeneous(s, q)) + " <= 0";
    }
}
