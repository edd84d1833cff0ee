package relax.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import relax.core.NoSignalling;
import relax.core.Numbers;
import relax.core.Scenario;
import relax.lp.BehaviourConstraints;

/**
 * The functional mode of seed 002 (Corollary 8 with V a Bell functional; the red curve of Fig. 2 and the
 * CGLMP study of eq. 11): instead of a whole behaviour only the value of a Bell functional is prescribed,
 * usually together with no-signalling. This class resolves a functional's name and turns it, its value and
 * the chosen no-signalling conditions into {@link BehaviourConstraints}, for every command that offers
 * {@code --functional}.
 */
public final class FunctionalConstraints {
    private FunctionalConstraints() {
    }

    /**
     * The built-in functional {@code name}: any name {@link BellFunctional#named} accepts, or plain
     * {@code cglmp} whose number of outputs d is read from {@code scenario} (2,2,d,d).
     *
     * @param scenario the scenario the user named, or null; when given, the functional must live on it
     * @throws IllegalArgumentException if the name is unknown or the functional lives on another scenario
     */
    public static BellFunctional named(String name, Scenario scenario) {
        BellFunctional f;
        if (name.trim().toLowerCase(Locale.ROOT).equals("cglmp")) {
            if (scenario == null || scenario.parties() != 2 || scenario.outputs(0) != scenario.outputs(1) || scenario.outputs(0) < 2) {
                throw new IllegalArgumentException("cglmp needs --scenario 2,2,d,d (two inputs and d outputs per party)"
                        + (scenario == null ? "" : ", got " + scenario) + ", or name the dimension as in cglmp3");
            }
            f = BellFunctional.cglmp(scenario.outputs(0));
        } else {
            f = BellFunctional.named(name);
        }
        if (scenario != null && !f.scenario().equals(scenario)) {
            throw new IllegalArgumentException(f.name() + " is defined on scenario " + f.scenario() + ", not " + scenario);
        }
        return f;
    }

    /**
     * Every no-signalling condition of the scenario: for each party, the joint marginal of the others does not
     * depend on its input ({@link NoSignalling}). Together they are equivalent to no-signalling between
     * every group of parties.
     */
    public static List<NoSignalling.Condition> noSignalling(Scenario s) {
        List<NoSignalling.Condition> all = new ArrayList<>();
        for (int party = 0; party < s.parties(); party++) {
            all.addAll(NoSignalling.conditions(s, party));
        }
        return all;
    }

    /** Rows: normalisation, F(p) = value (i.e. Σ f_j p_j = value − constant) and the given conditions. */
    public static BehaviourConstraints of(BellFunctional f, double value, List<NoSignalling.Condition> conditions) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("the functional's value must be a finite number, got " + value);
        }
        BehaviourConstraints.Builder b = BehaviourConstraints.builder(f.scenario()).row(f.coefficients(), value - f.constant(),
                f.name() + " = " + Numbers.format(value));
        for (NoSignalling.Condition c : conditions) {
            b.row(c.coefficients(), 0, c.label());
        }
        return b.build();
    }

    /** {@link #of(BellFunctional, double, List)} with every no-signalling condition, or none. */
    public static BehaviourConstraints of(BellFunctional f, double value, boolean noSignalling) {
        return of(f, value, noSignalling ? noSignalling(f.scenario()) : List.of());
    }
}
