package relax.scenarios.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.Behaviour;
import relax.core.Scenario;
import relax.core.Signalling;
import relax.core.network.SwappingStrategies;
import relax.lp.engine.SolveOptions;
import relax.lp.engine.Status;
import relax.lp.network.BilocalityResult;
import relax.lp.network.BilocalitySearch;
import relax.lp.network.FreeParameters;
import relax.lp.network.NonBilocality;
import relax.scenarios.functional.BilocalityInequality;

/**
 * The minimum non-bilocality M_BL (Chaves et al. 2015, eqs. 46–53) of a behaviour of the entanglement-swapping network
 * A ← L1 → B ← L2 → C (Fig. 1f), with the free parameters ν of Alice's strategy marginal (eq. 48), their ranges
 * (LPs 57–58) and, for inputs [2,1,2] and outputs [2,4,2], the bilocality quantity B = √|I| + √|J| (eqs. 59–60).
 *
 * <p>In the network every party's marginal is independent of the other parties' inputs (Alice's of z, Charlie's of x,
 * Bob's of both): a behaviour whose marginal moves by more than the tolerance is infeasible without any LP, and the
 * message says which marginal and by how much. Otherwise {@link BilocalitySearch} decides.
 */
public final class BilocalityAnalysis {
    private final Behaviour behaviour;
    private final double tolerance;
    private final NonBilocality network;
    private final Problem problem;

    /**
     * The analysis of one behaviour.
     *
     * @param problem     what was solved
     * @param behaviour   the behaviour
     * @param status      OPTIMAL, INFEASIBLE (a marginal signals, or no network model reproduces p) or FAILED
     * @param signalling  the signalling marginal that decided INFEASIBLE without an LP, if any
     * @param result      the search's answer (null when a marginal signals)
     * @param parameters  q^a_ᾱ as affine functions of ν, one per strategy ᾱ of Alice (eqs. 56, 62)
     * @param nuNames     the strategy ᾱ whose weight is each parameter ν_j
     * @param alphaNames  the name of every strategy ᾱ of Alice (her outputs for each x), in order
     * @param gammaNames  the name of every strategy γ̄ of Charlie, in order
     * @param quantity    I, J and B, for inputs [2,1,2] and outputs [2,4,2] (else null)
     * @param resolution  the search's resolution
     * @param message     one line for the user
     */
    public record Outcome(Problem problem, Behaviour behaviour, Status status, Optional<Signalling> signalling, BilocalityResult result,
            List<String> parameters, List<String> nuNames, List<String> alphaNames, List<String> gammaNames, BilocalityInequality quantity, double resolution, String message) {

        /** Whether B's lower bound 4|I||J| − (1−|I|−|J|)² equals the value found (then it proves min M_BL). */
        public boolean quantityProvesValue(double tolerance) {
            return quantity != null && status == Status.OPTIMAL && !result.bilocal() && Math.abs(quantity.nonBilocalityBound() - result.value()) <= tolerance;
        }
    }

    /**
     * The problem for {@code p}; {@code tolerance} governs the check of the marginals.
     *
     * @throws IllegalArgumentException if p is not a behaviour of the network (three parties, inputs [mx, 1, mz]) or too large
     */
    public BilocalityAnalysis(Behaviour p, double tolerance) {
        this.behaviour = p;
        this.tolerance = tolerance;
        this.network = new NonBilocality(p);
        SwappingStrategies space = network.space();
        List<String> constraints = List.of("reproduce p: T q = p, all " + p.scenario().size() + " entries",
                "every party's marginal independent of the others' inputs (the network), checked on p within " + InfluenceAnalysis.tolerance(tolerance),
                "q = q^a q^c (independent sources, eq. 46): relaxed, minimising M_BL = || q − q^a q^c ||_1");
        this.problem = new Problem(p.name(), p.scenario(), Measure.M_BL, space.count(), List.of(), 1, constraints);
    }

    /** What is solved: strategy count, measure, constraints. */
    public Problem problem() {
        return problem;
    }

    /** Solves the search (unless a marginal signals). */
    public Outcome run(SolveOptions options) {
        Scenario s = behaviour.scenario();
        SwappingStrategies space = network.space();
        FreeParameters f = network.parameters();
        List<String> nuNames = new ArrayList<>();
        for (int j = 0; j < f.count(); j++) {
            nuNames.add(space.alphaName(f.freeStrategy(j)));
        }
        double[] offset = network.offset();
        BigFraction[] exact = new BigFraction[offset.length];
        for (int i = 0; i < offset.length; i++) {
            exact[i] = new BigFraction(offset[i]);
        }
        List<String> formulas = new ArrayList<>();
        List<String> alphas = new ArrayList<>();
        for (int alpha = 0; alpha < space.alphaCount(); alpha++) {
            alphas.add(space.alphaName(alpha));
        }
        for (int alpha = 0; alpha < f.strategies(); alpha++) {
            formulas.add(f.formula(alpha, alphas.get(alpha), exact));
        }
        List<String> gammas = new ArrayList<>();
        for (int gamma = 0; gamma < space.gammaCount(); gamma++) {
            gammas.add(space.gammaName(gamma));
        }
        BilocalityInequality quantity = s.equals(BilocalityInequality.SCENARIO) ? BilocalityInequality.of(behaviour) : null;
        Optional<Signalling> signal = Optional.empty();
        for (int party = 0; party < s.parties() && signal.isEmpty(); party++) {
            signal = behaviour.signallingTo(party, tolerance);
        }
        if (signal.isPresent()) {
            return new Outcome(problem, behaviour, Status.INFEASIBLE, signal, null, formulas, nuNames, alphas, gammas, quantity, options.resolution(),
                    "no classical model of the network reproduces p: " + signal.get().describe() + ", which the network forbids");
        }
        BilocalityResult r = BilocalitySearch.run(behaviour, options);
        String message = switch (r.status()) {
            case INFEASIBLE -> "no classical model of the network reproduces p, even with dependent sources";
            case FAILED -> "could not establish the answer: " + r.reason();
            case OPTIMAL -> r.bilocal() ? "bilocal: M_BL = 0" : "min M_BL = " + relax.core.Numbers.format(r.value());
        };
        return new Outcome(problem, behaviour, r.status(), signal, r, formulas, nuNames, alphas, gammas, quantity, options.resolution(), message);
    }
}
