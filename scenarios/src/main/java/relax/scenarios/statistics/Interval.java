package relax.scenarios.statistics;

/**
 * A confidence interval [lower, upper] on a measure θ at confidence level {@code confidence}: a procedure that, repeated on
 * new experiments, contains the true θ with probability at least {@code confidence} (approximately for the bootstrap,
 * under the stated assumptions for the certificate bound; docs/statistics.md). A one-sided method leaves a side open
 * (NaN here, null in JSON).
 *
 * @param method     how it was computed
 * @param confidence the level, in (0, 1)
 * @param lower      the lower end (NaN: open)
 * @param upper      the upper end (NaN: open)
 * @param samples    bootstrap replicates used (0 for the certificate bound)
 * @param failures   bootstrap replicates whose solve failed and were left out
 * @param note       what the interval rests on, in words (e.g. the certificate's half sizes)
 */
public record Interval(IntervalMethod method, double confidence, double lower, double upper, int samples, int failures, String note) {

    /** Whether θ lies in the interval (open sides unbounded). */
    public boolean contains(double theta) {
        return (Double.isNaN(lower) || theta >= lower) && (Double.isNaN(upper) || theta <= upper);
    }

    /** A confidence level in (0, 1), or an exception naming the option. */
    public static double checkLevel(double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("--confidence must be strictly between 0 and 1 (e.g. 0.95), got " + confidence);
        }
        return confidence;
    }
}
