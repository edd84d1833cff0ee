package relax.scenarios.microstate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import relax.core.Behaviour;
import relax.core.Scenario;

/**
 * The outcome of {@link Auditor#audit}: the exact behaviour a model produces, a {@link Verdict} per
 * {@link Property} (in the enum's order), the CHSH values (null unless there are two settings and two results
 * per side) and the microstate dependences (empty unless the model is settings-independent).
 *
 * @param behaviour p(a,b|x,y) flat in {@code scenario}'s order (not copied; read-only)
 */
public record Audit(HiddenVariableModel model, JointDistribution joint, Scenario scenario, Surd[] behaviour, List<Verdict> verdicts, Chsh chsh,
        List<MicrostateDependence> dependence) {

    /** The verdict on one property. */
    public Verdict verdict(Property p) {
        return verdicts.get(p.ordinal());
    }

    /** The behaviour with double entries (nearest doubles of the exact values). */
    public Behaviour behaviourAsDoubles() {
        double[] d = new double[behaviour.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = behaviour[i].doubleValue();
        }
        return new Behaviour(scenario, d, model.name(), model.description());
    }

    /** Where a violated property is violated most: declared variable → value name, in causal order; empty when it holds. */
    public Map<ModelVariable, String> where(Verdict v) {
        Map<ModelVariable, String> w = new LinkedHashMap<>();
        if (v.holds()) {
            return w;
        }
        for (ModelVariable var : ModelVariable.values()) {
            if ((v.equation().variables() & var.bit()) != 0 && model.declares(var)) {
                w.put(var, model.valueName(var, joint.digit(v.key(), var)));
            }
        }
        return w;
    }

    /** The maximising settings of a dependence as value names. */
    public Map<String, String> where(MicrostateDependence d) {
        Map<String, String> w = new LinkedHashMap<>();
        d.where().forEach((k, i) -> w.put(k, model.valueName(ModelVariable.byKey(k.replace("'", "")), i)));
        return w;
    }
}
