package relax.scenarios.analysis;

import relax.lp.engine.Method;
import relax.scenarios.quantum.CglmpQuantum;
import relax.scenarios.quantum.ChainedBell;

import java.util.List;
import relax.core.Behaviour;
import relax.core.locality.CausalModel;
import relax.lp.relaxation.BehaviourConstraints;
import relax.lp.relaxation.Relaxation;

/**
 * The instances timed by {@code relax bench} and by the JMH solve benchmark: each is one relaxation LP
 * (reproduce a whole behaviour under one causal structure, Chaves et al. 2015 eq. 32 with V = 1).
 *
 * <ul>
 *   <li>{@code chsh}: the Tsirelson box ({@link ChainedBell#quantum} with m = 2, v = 1) under X→B;</li>
 *   <li>{@code 3322}: quantum chained-Bell correlations with 3 inputs per side, v = 0.9, under X→B;</li>
 *   <li>{@code cglmp4}, {@code cglmp8}: {@link CglmpQuantum#maximallyEntangled} with d = 4, 8 under X→B;</li>
 *   <li>{@code x2b-m4} … {@code x2b-m6}: the noisy chained box ({@link ChainedBell#box}, v = 0.9) with
 *       m inputs per side under X→B (2^20, 2^30, 2^42 strategies);</li>
 *   <li>{@code lhv-m10}: the same box with 10 inputs per side under LHV (2^20 strategies, not local).</li>
 * </ul>
 */
public final class BenchmarkSuite {
    /** Largest strategy space that is also timed fully enumerated. */
    public static final long ENUMERATE_UP_TO = 5_000;
    /** Largest LP the dense Commons Math reference backend is timed on: strategy columns, behaviour entries. */
    private static final long COMMONS_COLUMNS = 100;
    private static final int COMMONS_ENTRIES = 36;

    /**
     * One benchmark instance.
     *
     * @param name      short name, e.g. {@code x2b-m4}
     * @param behaviour the behaviour to reproduce
     * @param model     the causal structure
     * @param quick     part of {@code relax bench --quick}
     */
    public record Case(String name, Behaviour behaviour, CausalModel model, boolean quick) {
        /** The relaxation LP of this case. */
        public Relaxation relaxation() {
            return new Relaxation(model.strategies(behaviour.scenario()), BehaviourConstraints.reproducing(behaviour));
        }

        /** Number of deterministic strategies. */
        public long strategies() {
            return model.strategies(behaviour.scenario()).size();
        }

        /** The methods worth timing: enumeration only for small spaces, column generation always. */
        public List<Method> methods() {
            return strategies() <= ENUMERATE_UP_TO ? List.of(Method.ENUMERATE, Method.COLGEN)
                    : List.of(Method.COLGEN);
        }
    }

    private BenchmarkSuite() {
    }

    /**
     * Whether the dense Commons Math reference is worth timing: enumerated LPs up to 100 columns, and
     * column generation on behaviours of at most 36 entries (on CGLMP d = 4, 64 entries, its masters
     * took minutes and then failed).
     */
    public static boolean commonsCanTime(Case c, Method method) {
        return method == Method.ENUMERATE ? c.strategies() <= COMMONS_COLUMNS : c.behaviour().scenario().size() <= COMMONS_ENTRIES;
    }

    /** Every case, quick ones first. */
    public static List<Case> all() {
        return List.of(
                new Case("chsh", ChainedBell.quantum(2, 1), CausalModel.X_TO_B, true),
                new Case("3322", ChainedBell.quantum(3, 0.9), CausalModel.X_TO_B, true),
                new Case("cglmp4", CglmpQuantum.maximallyEntangled(4), CausalModel.X_TO_B, true),
                new Case("x2b-m4", ChainedBell.box(4, 0.9), CausalModel.X_TO_B, true),
                new Case("cglmp8", CglmpQuantum.maximallyEntangled(8), CausalModel.X_TO_B, false),
                new Case("x2b-m5", ChainedBell.box(5, 0.9), CausalModel.X_TO_B, false),
                new Case("x2b-m6", ChainedBell.box(6, 0.9), CausalModel.X_TO_B, false),
                new Case("lhv-m10", ChainedBell.box(10, 0.9), CausalModel.LHV, false));
    }

    /** The case called {@code name}. */
    public static Case named(String name) {
        for (Case c : all()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown benchmark case '" + name + "': expected one of "
                + String.join(", ", all().stream().map(Case::name).toList()));
    }
}
