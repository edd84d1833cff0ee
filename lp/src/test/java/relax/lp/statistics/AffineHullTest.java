package relax.lp.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import relax.core.Scenario;
import relax.core.locality.CausalModel;
import relax.core.strategy.StrategySpace;

class AffineHullTest {

    /** The affine dimension of conv{T_λ} from every column, by elimination in doubles (0/1 data, tiny sizes): rank of the differences T_λ − T_0. */
    static int rankOfAllColumns(StrategySpace space) {
        int n = space.scenario().size();
        int blocks = space.scenario().inputBlocks();
        java.util.List<double[]> basis = new java.util.ArrayList<>();
        java.util.List<Integer> pivots = new java.util.ArrayList<>();
        int[] entries = new int[blocks];
        int[] lambda = space.digits().first();
        space.column(lambda, entries);
        int[] first = entries.clone();
        do {
            space.column(lambda, entries);
            double[] v = new double[n];
            for (int e : entries) {
                v[e] += 1;
            }
            for (int e : first) {
                v[e] -= 1;
            }
            for (int i = 0; i < basis.size(); i++) {
                double f = v[pivots.get(i)];
                for (int j = 0; j < n; j++) {
                    v[j] -= f * basis.get(i)[j];
                }
            }
            int pivot = -1;
            for (int j = 0; j < n; j++) {
                if (Math.abs(v[j]) > 1e-9 && (pivot < 0 || Math.abs(v[j]) > Math.abs(v[pivot]))) {
                    pivot = j;
                }
            }
            if (pivot >= 0) {
                double s = v[pivot];
                for (int j = 0; j < n; j++) {
                    v[j] /= s;
                }
                for (double[] row : basis) {
                    double f = row[pivot];
                    for (int j = 0; j < n; j++) {
                        row[j] -= f * v[j];
                    }
                }
                basis.add(v);
                pivots.add(pivot);
            }
        } while (space.digits().next(lambda));
        return basis.size();
    }

    @Test
    void chshDimensionsAreTheNoSignallingCounts() {
        Scenario s = Scenario.bipartite(2, 2, 2, 2);
        // 16 entries, 4 normalisations: 12; lhv adds the 4 no-signalling equations both ways (the local polytope is
        // full-dimensional in the no-signalling space, dimension 8); x2b adds only Alice's 2 (dimension 10)
        assertEquals(8, AffineHull.dimension(CausalModel.LHV.strategies(s)).getAsInt());
        assertEquals(10, AffineHull.dimension(CausalModel.X_TO_B.strategies(s)).getAsInt());
        for (CausalModel m : CausalModel.values()) {
            assertEquals(rankOfAllColumns(m.strategies(s)), AffineHull.dimension(m.strategies(s)).getAsInt(), m.key());
        }
    }

    @Test
    void largerScenariosAgreeWithEveryColumn() {
        Scenario s = Scenario.bipartite(3, 2, 2, 2);
        for (CausalModel m : new CausalModel[] {CausalModel.LHV, CausalModel.A_TO_B, CausalModel.COMMUNICATION}) {
            assertEquals(rankOfAllColumns(m.strategies(s)), AffineHull.dimension(m.strategies(s)).getAsInt(), m.key());
        }
        // lhv in 3,2,2,2: no-signalling dimension (mx(oa−1)+1)(my(ob−1)+1) − 1 = 4·3 − 1 = 11
        assertEquals(11, AffineHull.dimension(CausalModel.LHV.strategies(s)).getAsInt());
    }
}
