package relax.scenarios.statistics;

import relax.core.Behaviour;
import relax.core.strategy.StrategySpace;
import relax.lp.engine.SolveOptions;
import relax.lp.statistics.Fit;
import relax.lp.statistics.FitMethod;
import relax.lp.statistics.L1Projection;
import relax.lp.statistics.MaximumLikelihood;

/** The fit of data to a structure's behaviours by either method ({@link L1Projection}, {@link MaximumLikelihood}). */
public final class Fitting {
    private Fitting() {
    }

    /**
     * Fits {@code data} onto the behaviours of {@code space} (and, if {@code noSignalling}, onto those that are also
     * no-signalling: ℓ1 only).
     *
     * @throws IllegalArgumentException for a maximum-likelihood fit of data without counts, or one with {@code noSignalling}
     */
    public static Fit fit(Behaviour data, StrategySpace space, FitMethod method, boolean noSignalling, SolveOptions options) {
        return switch (method) {
            case L1 -> new L1Projection(space, data, noSignalling).solve(options);
            case MAXIMUM_LIKELIHOOD -> {
                if (noSignalling) {
                    throw new IllegalArgumentException(NO_SIGNALLING_ML);
                }
                yield new MaximumLikelihood(space, data).solve(options);
            }
        };
    }

    /** Why a maximum-likelihood fit cannot also be no-signalling. */
    public static final String NO_SIGNALLING_ML = "--fit-no-signalling works with --fit l1 only (maximum likelihood over the no-signalling behaviours "
            + "of a structure is not implemented: the Frank-Wolfe oracle would be an LP, not the pricing search)";
}
