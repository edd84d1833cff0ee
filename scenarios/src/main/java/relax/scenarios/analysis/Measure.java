package relax.scenarios.analysis;

import relax.core.locality.CausalModel;
import relax.core.structure.CausalStructure;
import relax.lp.dependence.MeasurementDependenceMeasure;

/**
 * A relaxation measure as reports name it: a stable machine name for scripts ({@code c_x_to_b}) and the
 * printed label ({@code C_X→B}).
 *
 * <ul>
 *   <li>{@code c_x_to_b}: C_X→B, Chaves et al. 2015, eq. (29); {@code c_a_to_b}: C_A→B, eq. (4);</li>
 *   <li>{@code p_m0}: p(m=0) of one message bit, eq. (39);</li>
 *   <li>{@code m}: measurement dependence M, eqs. (5)/(41); {@code m_hall}: Hall's M_Hall;</li>
 *   <li>{@code m_bl}: non-bilocality M_BL, eq. (46);</li>
 *   <li>{@code microstate_x}, … : the least dependence of Bob's apparatus microstate on Alice's side ({@link #of(relax.core.microstate.MicrostateMeasure)}).</li>
 * </ul>
 * Locality (the LHV structure) has no measure: {@link #of(CausalModel)} returns null for it.
 *
 * @param key   the machine name
 * @param label the printed name
 */
public record Measure(String key, String label) {
    /** Non-bilocality M_BL (Chaves et al. 2015, eq. 46). */
    public static final Measure M_BL = new Measure("m_bl", "M_BL");

    /** The measure of a causal structure of Fig. 1a–d, or null for LHV (no measure: is p local?). */
    public static Measure of(CausalModel model) {
        return switch (model) {
            case LHV -> null;
            case X_TO_B -> new Measure("c_x_to_b", model.measure());
            case A_TO_B -> new Measure("c_a_to_b", model.measure());
            case COMMUNICATION -> new Measure("p_m0", model.measure());
        };
    }

    /**
     * The microstate dependence D(λ_b on x), D(λ_b on x | y), D(λ_b on a), D(λ_b on a | y) (Ciepielewski &amp; Okon;
     * docs/microstate-independence.md): {@code microstate_x}, {@code microstate_x_given_y}, {@code microstate_a},
     * {@code microstate_a_given_y}.
     */
    public static Measure of(relax.core.microstate.MicrostateMeasure measure) {
        return new Measure("microstate_" + measure.key().replace('-', '_'), measure.symbol());
    }

    /**
     * The measure of a causal structure given as data, or null without one: {@code c_U_to_V} for one relaxed edge U → V
     * (C_U→V, eqs. 4, 29 generalised), {@code max_c} for the largest of several (the edges are listed with the record),
     * {@code p_mV} for a hidden node's p(m=V) (eq. 39); the label is {@link CausalStructure#measureLabel()}.
     */
    public static Measure of(CausalStructure s) {
        if (s.minimised().isPresent()) {
            return new Measure("p_" + s.minimised().get().node() + s.minimised().get().value(), s.measureLabel());
        }
        return switch (s.relaxed().size()) {
            case 0 -> null;
            case 1 -> new Measure("c_" + s.relaxed().get(0).from() + "_to_" + s.relaxed().get(0).to(), s.measureLabel());
            default -> new Measure("max_c", s.measureLabel());
        };
    }

    /** M or M_Hall. */
    public static Measure of(MeasurementDependenceMeasure measure) {
        return new Measure(measure == MeasurementDependenceMeasure.M ? "m" : "m_hall", measure.symbol());
    }
}
