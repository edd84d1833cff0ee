package relax.scenarios.analysis;

import java.math.BigInteger;
import java.util.List;
import relax.core.Scenario;

/**
 * What an analysis solves, known before it solves anything: everything a report states about the problem
 * itself, so that reports never rebuild a strategy space or an LP.
 *
 * @param name          the behaviour's name (empty if it has none) or the functional's name
 * @param scenario      the Bell scenario (inputs and outputs per party)
 * @param measure       the minimised measure, or null when the question is only whether a model exists
 * @param strategies    the exact number of deterministic strategies of the structure
 * @param measureRows   what each row of the measure matrix C compares (Chaves et al. 2015, eq. 31), in row
 *                      order; empty without a measure or when the measure has no rows of that form
 * @param measureScale  the common denominator of C (its rows are counts / measureScale)
 * @param constraints   every constraint imposed on the models, one line each, e.g. "normalisation" or
 *                      "no-signalling: B's marginal independent of x (4 rows)"
 */
public record Problem(String name, Scenario scenario, Measure measure, BigInteger strategies, List<String> measureRows, int measureScale,
        List<String> constraints) {

    public Problem {
        measureRows = List.copyOf(measureRows);
        constraints = List.copyOf(constraints);
    }
}
