package relax.scenarios.statistics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.junit.jupiter.api.Test;
import relax.core.Behaviour;
import relax.core.locality.CausalModel;
import relax.lp.engine.SolveOptions;
import relax.lp.statistics.FitMethod;
import relax.scenarios.quantum.ExampleBehaviours;

class StatisticsTest {
    private static final long[] RUNS = {400, 400, 400, 400};

    /** min C_X→B of a no-signalling CHSH behaviour is max(0, CHSH of eq. 8), and Werner's is (2√2 v − 2)/4 (eq. 7; ChshLawsTest). */
    static double wernerX2b(double v) {
        return Math.max(0, (2 * Math.sqrt(2) * v - 2) / 4);
    }

    @Test
    void bootstrapIsReproducibleWhateverTheThreads() {
        Behaviour data = Sampling.experiment(ExampleBehaviours.werner(0.9), RUNS, Sampling.stream(11, 99));
        Estimand x2b = Estimand.influence(CausalModel.X_TO_B);
        SolveOptions o = SolveOptions.defaults();
        Bootstrap.Replicates one = Bootstrap.run(data, data, x2b, FitMethod.L1, false, 24, 5, o.withThreads(1), n -> { });
        Bootstrap.Replicates two = Bootstrap.run(data, data, x2b, FitMethod.L1, false, 24, 5, o.withThreads(2), n -> { });
        Bootstrap.Replicates other = Bootstrap.run(data, data, x2b, FitMethod.L1, false, 24, 6, o.withThreads(2), n -> { });
        assertEquals(0, one.failures());
        assertArrayEquals(one.values(), two.values());
        assertTrue(!Arrays.equals(one.values(), other.values()));
    }

    @Test
    void samplingIsReproducibleAndSplitsKeepEveryRun() {
        long[] a = Sampling.counts(ExampleBehaviours.werner(0.9), RUNS, Sampling.stream(3, 7));
        long[] b = Sampling.counts(ExampleBehaviours.werner(0.9), RUNS, Sampling.stream(3, 7));
        assertArrayEquals(a, b);
        long[][] halves = Sampling.split(ExampleBehaviours.werner(0.9).scenario(), a, Sampling.stream(3, 0));
        for (int e = 0; e < a.length; e++) {
            assertEquals(a[e], halves[0][e] + halves[1][e]);
        }
        for (int block = 0; block < 4; block++) {
            long first = 0;
            for (int o = 0; o < 4; o++) {
                first += halves[0][block * 4 + o];
            }
            assertEquals(200, first);
        }
    }

    /**
     * The certificate bound holds with probability ≥ the confidence whatever the data (Hoeffding): on 60 simulated
     * Werner experiments (v = 0.9, C_X→B = (1.8√2 − 2)/4 = 0.1364) it may exceed the true value in at most a few at
     * 90 %: the number of exceedances is Binomial(60, ≤ 0.1), P(≥ 15) < 1e-3.
     */
    @Test
    void certificateBoundStaysBelowTheTrueValue() {
        double truth = wernerX2b(0.9);
        Estimand x2b = Estimand.influence(CausalModel.X_TO_B);
        int above = 0;
        double mean = 0;
        for (int i = 0; i < 60; i++) {
            Behaviour data = Sampling.experiment(ExampleBehaviours.werner(0.9), RUNS, Sampling.stream(21, 1000 + i));
            CertificateBound.Split split = CertificateBound.run(data, x2b, FitMethod.L1, false, i, SolveOptions.defaults());
            Interval bound = split.interval(0.9);
            above += bound.lower() > truth ? 1 : 0;
            mean += bound.lower() / 60;
        }
        assertTrue(above < 15, above + " of 60 bounds above the true value");
        assertTrue(mean > 0.02, "the bound is not vacuous: mean " + mean);
    }

    /**
     * Calibration of the asymptotic likelihood-ratio p-value on no-signalling data: 150 Werner experiments (v = 0.9, every
     * entry positive, so the truth is in the relative interior of the x2b behaviours, df = 2) give p-values that a
     * Kolmogorov–Smirnov test does not distinguish from uniform (at level 0.001), and about 10 % of them below 0.1
     * (Binomial(150, 0.1): within ±4.5 standard deviations, 15 ± 16).
     */
    @Test
    void likelihoodRatioPValuesAreUniformOnNoSignallingData() {
        double[] p = new double[150];
        int below = 0;
        for (int i = 0; i < p.length; i++) {
            Behaviour data = Sampling.experiment(ExampleBehaviours.werner(0.9), RUNS, Sampling.stream(31, i));
            LikelihoodRatioTest.Result r = LikelihoodRatioTest.run(data, CausalModel.X_TO_B.strategies(data.scenario()), SolveOptions.defaults(), 0, 0,
                    n -> { });
            assertEquals(2, r.df().getAsInt());
            p[i] = r.asymptoticP();
            below += p[i] < 0.1 ? 1 : 0;
        }
        assertTrue(new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new UniformRealDistribution(0, 1), p) > 1e-3);
        assertTrue(below <= 31, below + " of 150 p-values below 0.1");
    }

    @Test
    void aConfidenceOutsideZeroOneIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Interval.checkLevel(1.5));
        assertTrue(e.getMessage().contains("--confidence"));
        assertThrows(IllegalArgumentException.class, () -> Interval.checkLevel(0));
    }

    @Test
    void theLocalModelHasNoMeasure() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Estimand.influence(CausalModel.LHV));
        assertTrue(e.getMessage().contains("--fit"));
    }
}
