package relax.scenarios.io;

import org.apache.commons.math3.fraction.BigFraction;
import relax.core.Scenario;

/**
 * A behaviour as an input file wrote it, before {@link Normalisation} applies the rules: either exact
 * probabilities or counts in the scenario's flat order, and how messages name its entries and blocks in
 * the file's own terms.
 *
 * @param values exact p(a|x) as written (or computed exactly from correlators), or null with {@code counts}
 * @param counts N(a|x) as written, or null with {@code values}
 */
record WrittenBehaviour(Scenario scenario, BigFraction[] values, long[] counts, Names names, String name, String description) {

    /** How messages name the entries and input blocks of one file. */
    interface Names {
        /** Entry {@code index} as the file wrote it, e.g. {@code p[0][1][1][0]} or {@code line 7 (x=0, y=1, a=1, b=0)}. */
        String entry(int index);

        /** Input block {@code block}, e.g. {@code p[0][1]} or {@code the rows with x=0, y=1}. */
        String block(int block);

        /** "" or a hint that the file reads as a normalised behaviour in another index order. */
        default String orderHint(double tolerance) {
            return "";
        }

        /** "" or where the probabilities come from, e.g. " (computed from the correlators …)". */
        default String source() {
            return "";
        }
    }
}
