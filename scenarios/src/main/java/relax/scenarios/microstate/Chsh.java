package relax.scenarios.microstate;

/**
 * The CHSH values of a behaviour with two settings and two results per side, exact.
 *
 * @param value      eq. (8) of Chaves et al. 2015 maximised over its eight relabellings
 *                   ({@link relax.scenarios.functional.BellFunctional#chshSymmetries()}); local bound 0, and (S − 2)/4
 *                   for no-signalling behaviours (PR box 1/2, Tsirelson (√2 − 1)/2)
 * @param relabelling the name of the maximising relabelling, e.g. {@code chsh} or {@code chsh[101]}
 * @param s          E00 + E01 + E10 − E11 as labelled (results taken as +1, −1 in their declared order); local bound 2
 * @param sMax       the largest of the eight forms ±(E00 + E01 + E10 + E11 − 2E_st); local bound 2, Tsirelson 2√2
 */
public record Chsh(Surd value, String relabelling, Surd s, Surd sMax) {

    /** Whether eq. (8) exceeds its local bound 0 in some relabelling. */
    public boolean violated() {
        return value.signum() > 0;
    }
}
