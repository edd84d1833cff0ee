package relax.lp.network;

import relax.lp.relaxation.RelaxationResult;

import org.apache.commons.math3.fraction.BigFraction;
import relax.core.network.BilocalModel;
import relax.lp.engine.Diagnostics;
import relax.lp.engine.Status;
import relax.lp.relaxation.RelaxationResult;

/**
 * The answer of {@link BilocalitySearch}: the minimum non-bilocality M_BL (Chaves et al. 2015, eq. 46) of a behaviour
 * of the entanglement-swapping network, bracketed by an exact lower bound, with the minimising parameters,
 * their feasible ranges and, when M_BL = 0, an explicit bilocal model.
 *
 * @param status        OPTIMAL (value and bounds present), INFEASIBLE (no classical model of the network
 *                      reproduces p, even with dependent sources: {@link #network()} holds the exactly
 *                      verified Farkas certificate) or FAILED
 * @param value         the smallest M_BL(ν) found: M_BL of the explicit distribution {@link #q()}; 0 when
 *                      {@link #decomposition()} is present
 * @param lowerBound    an exactly verified lower bound on min M_BL (null unless OPTIMAL)
 * @param converged     value − lowerBound ≤ the search resolution (or p was shown bilocal)
 * @param nu            the parameters ν* of the best value (q^a at the free strategies)
 * @param nuMin         min of each ν_j over every q reproducing p (LP 57)
 * @param nuMax         max of each ν_j (LP 58)
 * @param nestedMin     min of ν_j with ν*_0 … ν*_{j−1} fixed (the nested ranges of eq. 62) — equal to
 *                      {@code nuMin} for j = 0
 * @param nestedMax     max of ν_j with ν*_0 … ν*_{j−1} fixed
 * @param q             the strategy distribution attaining {@code value}
 * @param decomposition the explicit bilocal model read off q when M_BL = 0 (else null)
 * @param residual      max |p_model − p| of the decomposition (NaN without one)
 * @param network       for INFEASIBLE and FAILED the feasibility LP of the network with any shared hidden
 *                      variable (with its certificate); null otherwise
 * @param parameters    number of free parameters ν
 * @param boxes         parameter boxes evaluated by the branch and bound
 * @param reason        why the answer could not be established (empty unless FAILED)
 * @param diagnostics   every LP of the search: the backend of the final fixed-ν LP, fallbacks and notes, LP
 *                      solves, timing
 */
public record BilocalityResult(Status status, double value, BigFraction lowerBound, boolean converged, double[] nu,
        double[] nuMin, double[] nuMax, double[] nestedMin, double[] nestedMax, double[] q, BilocalModel decomposition, double residual,
        RelaxationResult network, int parameters, int boxes, String reason, Diagnostics diagnostics) {

    /** A behaviour no network model reproduces (INFEASIBLE), or whose feasibility LP failed (FAILED). */
    static BilocalityResult unsolved(RelaxationResult network) {
        return new BilocalityResult(network.status(), Double.NaN, null, false, new double[0], new double[0], new double[0], new double[0],
                new double[0], new double[0], null, Double.NaN, network, 0, 0, network.reason(), network.diagnostics());
    }

    /** LPs solved. */
    public int lps() {
        return diagnostics.lpSolves();
    }

    /** Whether an explicit bilocal model was found (M_BL = 0). */
    public boolean bilocal() {
        return decomposition != null;
    }
}
