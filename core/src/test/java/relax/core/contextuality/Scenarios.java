package relax.core.contextuality;

import java.util.ArrayList;
import java.util.List;

/** Scenarios for the tests, written out by hand from the papers. */
final class Scenarios {
    private Scenarios() {
    }

    /**
     * The Peres–Mermin square of Pearl &amp; Cavalcanti, Fig. 2, with their slot order: row R_i lists m_{3i+1}, m_{3i+2},
     * m_{3i+3} (slot j = column j), column C_j lists m_j, m_{j+3}, m_{j+6} (slot i = row i).
     */
    static CompatibilityScenario peresMermin() {
        return CompatibilityScenario.of(names(9), twos(9), List.of("R1", "R2", "R3", "C1", "C2", "C3"),
                List.of(List.of("m1", "m2", "m3"), List.of("m4", "m5", "m6"), List.of("m7", "m8", "m9"),
                        List.of("m1", "m4", "m7"), List.of("m2", "m5", "m8"), List.of("m3", "m6", "m9")));
    }

    /**
     * The same square with a Latin-square slot order: measurement m at row i, column j fills slot (i + j) mod 3 in
     * both its row and its column, so every measurement keeps its slot.
     */
    static CompatibilityScenario peresMerminLatin() {
        List<List<String>> contexts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String[] row = new String[3];
            for (int j = 0; j < 3; j++) {
                row[(i + j) % 3] = "m" + (3 * i + j + 1);
            }
            contexts.add(List.of(row));
        }
        for (int j = 0; j < 3; j++) {
            String[] col = new String[3];
            for (int i = 0; i < 3; i++) {
                col[(i + j) % 3] = "m" + (3 * i + j + 1);
            }
            contexts.add(List.of(col));
        }
        return CompatibilityScenario.of(names(9), twos(9), List.of("R1", "R2", "R3", "C1", "C2", "C3"), contexts);
    }

    /** The n-cycle: measurements m0 … m_{n−1}, context c_i = (m_i, m_{i+1 mod n}). */
    static CompatibilityScenario cycle(int n) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add("m" + i);
        }
        List<String> cn = new ArrayList<>();
        List<List<String>> contexts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cn.add("c" + i);
            contexts.add(List.of(names.get(i), names.get((i + 1) % n)));
        }
        return CompatibilityScenario.of(names, twos(n), cn, contexts);
    }

    static List<String> names(int k) {
        List<String> n = new ArrayList<>();
        for (int i = 1; i <= k; i++) {
            n.add("m" + i);
        }
        return n;
    }

    static int[] twos(int k) {
        int[] d = new int[k];
        java.util.Arrays.fill(d, 2);
        return d;
    }
}
