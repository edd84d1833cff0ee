package relax.lp.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * How a solve went, the same record for every formulation.
 *
 * @param backend   the backend of the final accepted LP answer (empty if none was accepted)
 * @param fallbacks every backend answer that was rejected on the way, and why, in order
 * @param lpSolves  LP solves (accepted or not)
 * @param columns   generated columns in the final master (0 for formulations without column generation)
 * @param method    how columns entered the LP
 * @param timing    where the wall time went
 */
public record Diagnostics(String backend, List<String> fallbacks, int lpSolves, int columns, Method method, Timing timing) {

    public Diagnostics {
        fallbacks = List.copyOf(fallbacks);
    }

    /**
     * Wall time in nanoseconds, split.
     *
     * @param total       the whole solve
     * @param master      building and solving LPs (every backend tried, including rejected answers)
     * @param pricing     the pricing searches of column generation
     * @param certificate rounding multipliers and checking certificates exactly
     */
    public record Timing(long total, long master, long pricing, long certificate) {
        public Timing plus(Timing o) {
            return new Timing(total + o.total, master + o.master, pricing + o.pricing, certificate + o.certificate);
        }
    }

    /** The fallbacks as one line, empty when there were none. */
    public String fallbackText() {
        return String.join("; ", fallbacks);
    }

    /** Two solves' diagnostics together (e.g. the LPs of a search): the later backend, both fallbacks, summed counts. */
    public Diagnostics plus(Diagnostics o) {
        List<String> f = new ArrayList<>(fallbacks);
        f.addAll(o.fallbacks);
        return new Diagnostics(o.backend.isEmpty() ? backend : o.backend, f, lpSolves + o.lpSolves, Math.max(columns, o.columns), method,
                timing.plus(o.timing));
    }

    /** Diagnostics of a solve that did nothing. */
    public static Diagnostics none(Method method) {
        return new Diagnostics("", List.of(), 0, 0, method, new Timing(0, 0, 0, 0));
    }
}
