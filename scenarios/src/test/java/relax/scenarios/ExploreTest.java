package relax.scenarios;

import org.junit.jupiter.api.Test;
import relax.core.Behaviour;
import relax.core.LhvStrategies;
import relax.lp.*;

class ExploreTest {
    static void run(Behaviour p, MeasurementDependenceMeasure m, boolean mi) {
        long t = System.nanoTime();
        MeasurementDependenceResult r = new MeasurementDependence(new LhvStrategies(p.scenario()), BehaviourConstraints.reproducing(p),
                InputDistribution.uniform(p.scenario()), m).solve(MeasurementDependence.Options.defaults());
        System.out.printf("%s %s value %.12f bound %.12f verified %s rounds %d cols %d %.0f ms MI %.5f %s%n", p.name(), m, r.value(),
                r.certificate().boundValue(), r.verified(), r.rounds(), r.columns(), (System.nanoTime() - t) / 1e6, r.model().mutualInformation(), r.diagnostics());
        if (mi) {
            MutualInformation.Bracket b = MutualInformation.minimum(new LhvStrategies(p.scenario()), p, InputDistribution.uniform(p.scenario()), 1e-4, 1000000, null);
            System.out.printf("   minMI [%.6f, %.6f] it %d %.0f ms%n", b.lower(), b.upper(), b.iterations(), b.nanos() / 1e6);
        }
    }

    @Test
    void explore() {
        QuantumBehaviour.Basis x = QuantumBehaviour.Basis.qubit(1, 0, 0);
        QuantumBehaviour.Basis y = QuantumBehaviour.Basis.qubit(0, 1, 0);
        Behaviour ghz = QuantumBehaviour.of(QuantumBehaviour.State.ghz(3), new QuantumBehaviour.Basis[][] {{x, y}, {x, y}, {x, y}}, "GHZ", "");
        run(ghz, MeasurementDependenceMeasure.M, true);
        run(ghz, MeasurementDependenceMeasure.HALL, false);
        for (int d = 2; d <= 8; d++) {
            Behaviour p = CglmpQuantum.optimal(d);
            System.out.println("I_d " + BellFunctional.cglmp(d).evaluate(p) + " law " + (BellFunctional.cglmp(d).evaluate(p) - 2) / 4);
            run(p, MeasurementDependenceMeasure.M, true);
        }
    }
}
