package relax.scenarios.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.Scenario;
import relax.core.locality.CausalModel;
import relax.lp.polytope.DualRegion;
import relax.lp.polytope.DualVertices;
import relax.lp.polytope.Gauge;
import relax.lp.polytope.Polyhedra;
import relax.lp.polytope.StrategyTable;
import relax.scenarios.functional.BellExpression;

/**
 * The closed-form law a dual region's vertices imply (Chaves et al. 2015, Theorem 1 with Proposition 9):
 * min MEASURE = max_i ⟨z_i, p⟩ over the vertices z_i, for every behaviour p the structure can produce —
 * signalling or not — written class by class, each class's representative as a Bell expression and, where
 * it is one, named as a multiple of a known functional:
 * <ul>
 *   <li>on every behaviour of the structure, when z ≡ c·F modulo the lineality space (the functionals that
 *       vanish on every column of T);</li>
 *   <li>on no-signalling behaviours, when z ≡ c·F modulo the functionals that vanish there
 *       ({@link DualVertices#noSignallingGauge}).</li>
 * </ul>
 * Known functionals are those of {@link NamedFunctionals}.
 */
public final class DualLaw {

    /**
     * One symmetry class in the law.
     *
     * @param kind           zero, Bell-like or no-signalling
     * @param size           the number of vertices (distinct z) in the class
     * @param representative the index (0-based) of its first vertex in {@link DualVertices#vertices()}
     * @param expression     ⟨z, p⟩ of the representative as a Bell expression
     * @param identity       "c·NAME" when z ≡ c·NAME on every behaviour of the structure, else empty
     * @param noSignalling   its value on no-signalling behaviours: "0", "c·NAME", or a Bell expression
     */
    public record ClassLaw(DualVertices.Kind kind, int size, int representative, String expression, String identity, String noSignalling) {
    }

    /**
     * The law.
     *
     * @param measure      the measure's name, e.g. C_X→B
     * @param vertices     the enumerated vertices, classified
     * @param classes      one entry per symmetry class, in the vertices' order
     * @param text         the law for every behaviour of the structure
     * @param noSignalling the law restricted to no-signalling behaviours
     */
    public record Law(String measure, DualVertices vertices, List<ClassLaw> classes, String text, String noSignalling) {
    }

    private DualLaw() {
    }

    /**
     * The dual region of {@code model} in {@code scenario}.
     *
     * @throws IllegalArgumentException for LHV (no measure) or more than {@code strategyLimit} strategies
     */
    public static DualRegion region(CausalModel model, Scenario scenario, long strategyLimit) {
        if (model == CausalModel.LHV) {
            throw new IllegalArgumentException("the lhv structure has no measure, so its dual region is a cone whose rays are the facets of "
                    + "the local polytope (relax facets --model lhv); choose x2b, a2b or comm");
        }
        return new DualRegion(StrategyTable.of(model.strategies(scenario), strategyLimit));
    }

    /** Enumerates the dual region of {@code model} in {@code scenario} and derives its law. */
    public static Law of(CausalModel model, Scenario scenario, DualRegion.Formulation formulation, Polyhedra.Options options, long strategyLimit) {
        return of(model.measure(), DualVertices.of(region(model, scenario, strategyLimit), formulation, options));
    }

    /**
     * The law of classified vertices for a measure called {@code measure}. On no-signalling behaviours a
     * Bell-like class is left out of the simplified law when it never exceeds the others there: when its
     * representative is a non-positive combination of probabilities (≤ 0 ≤ the zero vertex), or c·F with
     * c ≤ 1 while F itself is a class (max(0, cF) ≤ max(0, F)).
     */
    public static Law of(String measure, DualVertices d) {
        Scenario s = d.scenario();
        Gauge lineality = d.enumeration().gauge();
        Gauge noSignalling = DualVertices.noSignallingGauge(s);
                List<ClassLaw> classes = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        List<NamedFunctionals.Match> nsMatches = new ArrayList<>();
        List<String> nsTerms = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (int index = 0; index < d.classes().size(); index++) {
            DualVertices.SymmetryClass c = d.classes().get(index);
            BigFraction[] z = d.vertices().get(c.representative()).z();
            String expression = BellExpression.format(s, z);
            NamedFunctionals.Match identity = NamedFunctionals.identify(s, z, lineality);
            NamedFunctionals.Match named = c.kind() == DualVertices.Kind.BELL ? NamedFunctionals.identify(s, z, noSignalling) : null;
            BigFraction[] reduced = noSignalling.reduce(z);
            String ns = c.kind() != DualVertices.Kind.BELL ? "0" : named != null ? named.toString() : BellExpression.format(s, reduced);
            classes.add(new ClassLaw(c.kind(), c.size(), c.representative(), expression, identity == null ? "" : identity.toString(), ns));
            terms.add(c.kind() == DualVertices.Kind.ZERO ? "0" : describe(c.size(), identity == null ? expression : identity.toString()));
            if (c.kind() != DualVertices.Kind.BELL) {
                continue;
            }
            Set<List<BigFraction>> distinct = new HashSet<>();
            for (int i = 0; i < d.vertices().size(); i++) {
                if (d.classOf(i) == index) {
                    distinct.add(Arrays.asList(noSignalling.reduce(d.vertices().get(i).z())));
                }
            }
            String term = describe(distinct.size(), ns) + (distinct.size() < c.size() ? " (" + c.size() + " vertices)" : "");
            if (Arrays.stream(reduced).allMatch(f -> f.compareTo(BigFraction.ZERO) <= 0)) {
                dropped.add(ns + " <= 0");
            } else {
                nsMatches.add(named);
                nsTerms.add(term);
            }
        }
        for (int i = nsMatches.size() - 1; i >= 0; i--) {
            NamedFunctionals.Match m = nsMatches.get(i);
            if (m != null && m.multiple().compareTo(BigFraction.ONE) < 0
                    && nsMatches.stream().anyMatch(o -> o != null && o.multiple().equals(BigFraction.ONE) && o.name().equals(m.name()))) {
                dropped.add(m + " <= max(0, " + m.name() + ")");
                nsMatches.remove(i);
                nsTerms.remove(i);
            }
        }
        boolean zeroVertex = d.classes().stream().anyMatch(c -> c.kind() == DualVertices.Kind.ZERO);
        String text = "min " + measure + " = max(" + (zeroVertex ? "" : "0 [implied: opposite no-signalling vertices], ")
                + String.join(", ", terms) + ")";
        String nsText = "on no-signalling behaviours: min " + measure + " = max(0" + (nsTerms.isEmpty() ? "" : ", " + String.join(", ", nsTerms)) + ")"
                + (dropped.isEmpty() ? "" : " (the other classes never exceed these there: " + String.join("; ", dropped) + ")");
        return new Law(measure, d, classes, text, nsText);
    }

    private static String describe(int size, String what) {
        return size == 1 ? what : what + " and its " + (size - 1) + " relabelling" + (size == 2 ? "" : "s");
    }
}
