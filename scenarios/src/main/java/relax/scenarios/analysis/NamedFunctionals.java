package relax.scenarios.analysis;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.Scenario;
import relax.lp.polytope.Gauge;
import relax.scenarios.functional.BellExpression;
import relax.scenarios.functional.BellFunctional;

/**
 * Names for functionals found by polyhedral enumeration (dual vertices, facets): a vector z over the behaviour
 * entries is c·F when z ≡ c·(F − bound), c &gt; 0, modulo a subspace of functionals that vanish where the
 * comparison is meant (a {@link Gauge}: the lineality space of a dual region, the no-signalling conditions,
 * or the equations of a polytope's affine hull). The constant and the bound of F enter as a multiple of the
 * first block's normalisation, which is 1 on every normalised behaviour.
 *
 * <p>Known functionals, tried in this order: in the CHSH scenario the eight relabellings of eq. (8) of
 * Chaves et al. 2015, then their eight correlator forms (S' − 2)/4; and the built-ins i3322, iab (eq. 10) and
 * CGLMP (two inputs, d outputs) in their own scenario.
 */
public final class NamedFunctionals {
    private NamedFunctionals() {
    }

    /**
     * A functional named as c·NAME.
     *
     * @param multiple   c
     * @param name       NAME, with its bound subtracted when it is not 0: "(NAME - B)"
     * @param functional the coefficients of NAME − bound as a linear functional on normalised behaviours
     */
    public record Match(BigFraction multiple, String name, BigFraction[] functional) {
        @Override
        public String toString() {
            return (multiple.equals(BigFraction.ONE) ? "" : BellExpression.fraction(multiple) + "·") + name;
        }
    }

    /** The known functionals of scenario {@code s}. */
    static List<BellFunctional> known(Scenario s) {
        List<BellFunctional> out = new ArrayList<>();
        if (s.equals(Scenario.bipartite(2, 2, 2, 2))) {
            out.addAll(BellFunctional.chshSymmetries());
            out.addAll(BellFunctional.chshCorrelatorForms());
        }
        for (String name : List.of("i3322", "iab")) {
            BellFunctional f = BellFunctional.named(name);
            if (f.scenario().equals(s)) {
                out.add(f);
            }
        }
        if (s.parties() == 2 && s.inputs(0) == 2 && s.inputs(1) == 2 && s.outputs(0) == s.outputs(1) && s.outputs(0) >= 3 && s.outputs(0) <= 9) {
            out.add(BellFunctional.cglmp(s.outputs(0)));
        }
        return out;
    }

    /**
     * c·F for the first known functional F with z ≡ c·(F − bound) modulo the gauge's subspace (F's exact
     * coefficients and constant; the bound, a double, taken at its exact binary value), else null.
     */
    public static Match identify(Scenario s, BigFraction[] z, Gauge gauge) {
        BigFraction[] rz = gauge.reduce(z);
        for (BellFunctional f : known(s)) {
            if (!Double.isFinite(f.bound())) {
                continue;
            }
            BigFraction[] coefficients = f.exactCoefficients().clone();
            BigFraction shift = f.exactConstant().subtract(new BigFraction(f.bound()));
            for (int o = 0; o < s.outcomesPerBlock(); o++) {
                coefficients[o] = coefficients[o].add(shift);
            }
            BigFraction[] rf = gauge.reduce(coefficients);
            BigFraction c = null;
            boolean match = true;
            for (int j = 0; j < rz.length && match; j++) {
                if (rf[j].getNumerator().signum() == 0) {
                    match = rz[j].getNumerator().signum() == 0;
                } else {
                    BigFraction r = rz[j].divide(rf[j]);
                    match = c == null ? r.compareTo(BigFraction.ZERO) > 0 : r.equals(c);
                    c = c == null ? r : c;
                }
            }
            if (match && c != null) {
                return new Match(c, f.bound() == 0 ? f.name() : "(" + f.name() + " - " + BellExpression.fraction(new BigFraction(f.bound())) + ")",
                        coefficients);
            }
        }
        return null;
    }
}
