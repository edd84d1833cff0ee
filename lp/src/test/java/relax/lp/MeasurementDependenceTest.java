package relax.lp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import relax.core.Behaviour;
import relax.core.LhvStrategies;
import relax.core.Scenario;

class MeasurementDependenceTest {

    static MeasurementDependenceResult solve(Behaviour p, MeasurementDependenceMeasure measure) {
        return new MeasurementDependence(new LhvStrategies(p.scenario()), BehaviourConstraints.reproducing(p), InputDistribution.uniform(p.scenario()),
                measure).solve(MeasurementDependence.Options.defaults());
    }

    static Behaviour tsirelson() {
        Scenario s = Scenario.bipartite(2, 2, 2, 2);
        double[] p = new double[s.size()];
        for (int x = 0; x < 2; x++) {
            for (int y = 0; y < 2; y++) {
                double e = (x * y == 1 ? -1 : 1) / Math.sqrt(2);
                for (int a = 0; a < 2; a++) {
                    for (int b = 0; b < 2; b++) {
                        p[s.index(x, y, a, b)] = (1 + (a == b ? e : -e)) / 4;
                    }
                }
            }
        }
        return new Behaviour(s, p, "Tsirelson", "");
    }

    @Test
    void explore() {
        for (Behaviour p : new Behaviour[] {Boxes.prBox(), tsirelson()}) {
            for (MeasurementDependenceMeasure m : MeasurementDependenceMeasure.values()) {
                MeasurementDependenceResult r = solve(p, m);
                System.out.println(p.name() + " " + m + " " + r.status() + " value " + r.value() + " bound " + r.certificate().boundValue() + " model "
                        + r.modelMeasure() + " residual " + r.residual() + " verified " + r.verified() + " rounds " + r.rounds() + " cols " + r.columns()
                        + " " + r.nanos() / 1e6 + " ms " + r.certificate().note() + " MI " + r.model().mutualInformation() + " " + r.diagnostics());
            }
            MutualInformation.Bracket b = MutualInformation.minimum(new LhvStrategies(p.scenario()), p, InputDistribution.uniform(p.scenario()), 1e-6,
                    100000, null);
            System.out.println("minMI " + b.lower() + " " + b.upper() + " it " + b.iterations() + " model MI " + b.model().mutualInformation());
        }
    }
}
