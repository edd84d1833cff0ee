package relax.scenarios.analysis;

import relax.scenarios.functional.BellFunctional;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import relax.core.NoSignalling;
import relax.core.Numbers;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.Scenario;
import relax.lp.relaxation.BehaviourConstraints;

/**
 * The functional mode of Chaves et al. (2015) (Corollary 8 with V a Bell functional; the red curve of Fig. 2 and the
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

    /**
     * The conditions in words, per party whose input they protect, e.g. {@code B's marginal independent of x (2 rows)};
     * for three or more parties the other parties' joint marginal, e.g. {@code BC's marginal independent of x (…)}.
     */
    public static String summary(Scenario sc, List<NoSignalling.Condition> conditions) {
        StringBuilder s = new StringBuilder();
        for (int party = 0; party < sc.parties(); party++) {
            int rows = 0;
            for (NoSignalling.Condition c : conditions) {
                rows += c.party() == party ? 1 : 0;
            }
            if (rows > 0) {
                StringBuilder others = new StringBuilder();
                for (int j = 0; j < sc.parties(); j++) {
                    others.append(j == party ? "" : Scenario.partyName(j));
                }
                s.append(s.length() == 0 ? "" : "; ").append(others).append("'s marginal independent of ").append(sc.inputSymbol(party))
                        .append(" (").append(rows).append(rows == 1 ? " row)" : " rows)");
            }
        }
        return s.toString();
    }

    /** Largest common denominator {@link #integerScale} looks for. */
    private static final int MAX_SCALE = 10_000;

    /**
     * The least common denominator s of the functional's exact coefficients when it is at most 10 000, else 1.
     * The functional row is imposed as Σ (s·f_j) p_j = s·(V − c): for a functional whose coefficients are simple
     * fractions (CGLMP's 1 − 2k/(d−1), a user's 0.1) the row then has integer coefficients, which keeps the
     * certificates' exact search in integers. The coefficients are always the functional's exact ones, as
     * written: no rounding.
     */
    public static int integerScale(BellFunctional f) {
        BigInteger lcm = BigInteger.ONE;
        for (BigFraction c : f.exactCoefficients()) {
            BigInteger d = c.getDenominator();
            lcm = lcm.divide(lcm.gcd(d)).multiply(d);
            if (lcm.compareTo(BigInteger.valueOf(MAX_SCALE)) > 0) {
                return 1;
            }
        }
        return lcm.intValueExact();
    }

    /**
     * Rows: normalisation, F(p) = value — written as Σ (s·f_j) p_j = s·(value − constant) with
     * s = {@link #integerScale}, all exact — and the given conditions. Row 1's {@code scale()} is the factor
     * the functional row carries, so that its multiplier times that factor is the multiplier of F itself.
     */
    public static BehaviourConstraints of(BellFunctional f, BigFraction value, List<NoSignalling.Condition> conditions) {
        BigFraction scale = new BigFraction(integerScale(f));
        BigFraction[] row = new BigFraction[f.exactCoefficients().length];
        for (int j = 0; j < row.length; j++) {
            row[j] = f.exactCoefficients()[j].multiply(scale);
        }
        String times = scale.equals(BigFraction.ONE) ? "" : scale + "·";
        BehaviourConstraints.Builder b = BehaviourConstraints.builder(f.scenario()).row(row, value.subtract(f.exactConstant()).multiply(scale),
                times + f.name() + " = " + times + Numbers.format(value.doubleValue()), scale);
        for (NoSignalling.Condition c : conditions) {
            b.row(c.coefficients(), 0, c.label());
        }
        return b.build();
    }

    /** {@link #of(BellFunctional, BigFraction, List)} with every no-signalling condition, or none. */
    public static BehaviourConstraints of(BellFunctional f, BigFraction value, boolean noSignalling) {
        return of(f, value, noSignalling ? noSignalling(f.scenario()) : List.of());
    }

    /** The exact value of a finite double, for callers that computed V in floating point (sweeps). */
    public static BigFraction exact(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("the functional's value must be a finite number, got " + value);
        }
        return new BigFraction(value);
    }
}
