package relax.scenarios.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import relax.core.Behaviour;
import relax.core.Scenario;
import relax.core.structure.CausalStructure;
import relax.core.structure.Edge;
import relax.core.structure.ResponseTables;
import relax.lp.engine.SolveOptions;
import relax.lp.engine.Status;
import relax.lp.relaxation.RelaxationResult;
import relax.scenarios.io.StructureFile;

/**
 * The shipped structures beyond the paper, through the LP, against values derived by hand (derivations in each
 * test's comment and in docs/causal-structures.md). Each optimum is checked three ways besides the engine's own
 * verification: the value equals the hand-derived one, the certificate's inequality ⟨ẑ, T_λ⟩ ≤ Σ_i ŵ_i C_i(λ) holds
 * at every deterministic strategy enumerated through stage 1's {@link ResponseTables} in exact arithmetic, and the
 * reported model, re-evaluated through {@link ResponseTables}, reproduces p and has the value as its largest row.
 */
class StructureExamplesTest {

    private static StructureAnalysis.Outcome solve(CausalStructure s, Behaviour p) {
        return StructureAnalysis.run(p, s, SolveOptions.defaults(), 1e-9);
    }

    /** Optimal at {@code expected}, verified, and the certificate's bound equal to it. */
    private static void assertValue(double expected, StructureAnalysis.Outcome o) {
        RelaxationResult r = o.result();
        assertEquals(Status.OPTIMAL, o.status(), o.message());
        assertTrue(r.verified());
        assertEquals(expected, r.value(), 1e-9, o.message());
        assertEquals(expected, r.certificate().boundValue(), 1e-9);
    }

    /** {@link #assertValue} and the two independent checks of the class comment. */
    private static void assertOptimum(double expected, StructureAnalysis.Outcome o) {
        assertValue(expected, o);
        RelaxationResult r = o.result();
        CausalStructure s = o.structure();
        ResponseTables t = new ResponseTables(s);
        Scenario sc = s.scenario();
        // the certificate's data as exact integers over one common denominator D: D·ẑ and D·ŵ/scale
        BigFraction[] z = r.certificate().entryWeights();
        BigFraction[] w = r.certificate().measureWeights();
        for (int i = 0; i < w.length; i++) {
            w[i] = w[i].divide(o.space().measureScale());
        }
        java.math.BigInteger den = java.math.BigInteger.ONE;
        for (BigFraction f : z) {
            den = den.divide(den.gcd(f.getDenominator())).multiply(f.getDenominator());
        }
        for (BigFraction f : w) {
            den = den.divide(den.gcd(f.getDenominator())).multiply(f.getDenominator());
        }
        BigFraction d0 = new BigFraction(den);
        long[] zi = new long[z.length];
        long[] wi = new long[w.length];
        for (int e = 0; e < z.length; e++) {
            zi[e] = z[e].multiply(d0).getNumerator().longValueExact();
        }
        for (int i = 0; i < w.length; i++) {
            wi[i] = w[i].multiply(d0).getNumerator().longValueExact();
        }
        int[] column = new int[sc.inputBlocks()];
        int[] counts = new int[o.space().measureRows()];
        int[] d = new int[t.digits()];
        do {
            columnAndRows(t, d, column, counts);
            long lhs = 0;
            for (int e : column) {
                lhs = Math.addExact(lhs, zi[e]);
            }
            long rhs = 0;
            for (int i = 0; i < counts.length; i++) {
                rhs = Math.addExact(rhs, Math.multiplyExact(wi[i], counts[i]));
            }
            if (lhs > rhs) {
                assertTrue(false, "the certificate's inequality fails at strategy " + t.describe(d));
            }
        } while (next(d, t));
        double[] reproduced = new double[sc.size()];
        double[] rows = new double[counts.length];
        for (RelaxationResult.WeightedStrategy ws : r.model()) {
            columnAndRows(t, ws.strategy(), column, counts);
            for (int e : column) {
                reproduced[e] += ws.weight();
            }
            for (int i = 0; i < counts.length; i++) {
                rows[i] += ws.weight() * counts[i] / o.space().measureScale();
            }
        }
        for (int e = 0; e < reproduced.length; e++) {
            assertEquals(o.behaviour().get(e), reproduced[e], 1e-9, "the model reproduces " + s.entryName(e));
        }
        assertEquals(expected, java.util.Arrays.stream(rows).max().orElse(0), 1e-9, "the model's largest influence row");
    }

    private static boolean next(int[] d, ResponseTables t) {
        for (int i = 0; i < d.length; i++) {
            if (++d[i] < t.radix(i)) {
                return true;
            }
            d[i] = 0;
        }
        return false;
    }

    /**
     * Stage 1's definitions, evaluated here without {@code StructureStrategies}: the entry produced in each block, and
     * for every relaxed edge U → V (binary V, as in these examples), every assignment s of the settings and pair
     * u &lt; u', the count |[f_V(u, rest(s)) = 0] − [f_V(u', rest(s)) = 0]|, stored at the row of the documented layout
     * (edge, assignment t of the settings R that V's other inputs depend on, pair); the assignments s with the same t
     * must agree there, which is checked.
     */
    private static void columnAndRows(ResponseTables t, int[] d, int[] column, int[] counts) {
        CausalStructure s = t.structure();
        Scenario sc = s.scenario();
        int[] values = new int[s.nodes().size()];
        int[] block = new int[sc.parties()];
        int[] settings = new int[s.settings().size()];
        int[] out = new int[sc.parties()];
        java.util.Arrays.fill(counts, -1);
        int rowStart = 0;
        for (int b = 0; b < sc.inputBlocks(); b++) {
            sc.decodeBlock(b, block);
            System.arraycopy(block, 0, settings, 0, settings.length);
            t.evaluate(d, settings, values);
            for (int i = 0; i < s.outcomes().size(); i++) {
                out[i] = values[s.indexOf(s.outcomes().get(i).name())];
            }
            column[b] = sc.index(b, sc.outcome(out));
        }
        for (Edge e : s.relaxed()) {
            int u = s.indexOf(e.from());
            int v = s.indexOf(e.to());
            int uv = s.nodes().get(u).values();
            java.util.Set<String> anc = s.dag().ancestors(s.tableInputs(e.to()).stream().filter(i -> !i.equals(e.from())).toList());
            java.util.List<relax.core.structure.Node> r = s.settings().stream().filter(n -> anc.contains(n.name())).toList();
            for (int b = 0; b < sc.inputBlocks(); b++) {
                sc.decodeBlock(b, block);
                System.arraycopy(block, 0, settings, 0, settings.length);
                t.evaluate(d, settings, values);
                int tIndex = 0;
                for (relax.core.structure.Node n : r) {
                    tIndex = tIndex * n.values() + values[s.indexOf(n.name())];
                }
                int pair = 0;
                for (int u1 = 0; u1 < uv; u1++) {
                    for (int u2 = u1 + 1; u2 < uv; u2++, pair++) {
                        int c = (t.intervened(d, values, v, u, u1) == 0) != (t.intervened(d, values, v, u, u2) == 0) ? 1 : 0;
                        int row = rowStart + tIndex * (uv * (uv - 1) / 2) + pair;
                        assertTrue(counts[row] < 0 || counts[row] == c, "assignments with the same R agree");
                        counts[row] = c;
                    }
                }
            }
            rowStart += r.stream().mapToInt(relax.core.structure.Node::values).reduce(1, (a, b) -> a * b) * (uv * (uv - 1) / 2);
        }
        assertEquals(counts.length, rowStart);
    }

    /**
     * The quantum instrumental behaviour of docs/causal-structures.md needs C_x→b = (√2 − 1)/4 exactly: lower bound
     * from I − 1 ≤ C_{0;0,2} + C_{1;1,2} at every strategy with I = (1 + √2)/2, upper bound from the twelve-strategy
     * model over Q(√2) (both proved there and checked in InstrumentalTest).
     */
    @Test
    void quantumInstrumentalBehaviourNeedsRootTwoMinusOneOverFour() {
        StructureFile.Contents c = StructureFile.load("instrumental", 1e-12);
        assertOptimum((Math.sqrt(2) - 1) / 4, solve(c.structure(), c.behaviour().orElseThrow()));
    }

    /**
     * Pearl's inequality max_a Σ_b max_x p(a, b | x) ≤ 1 violated by p = v·D + (1 − v)/4, D: a = 0, b = x (two
     * settings): every model with x → b relaxed has Pearl − 1 ≤ C_x→b, and the model w·D + (1 − w)·p_c with w = (3v − 1)/2
     * attains it (docs/causal-structures.md): at v = 3/5, C_x→b = 2/5.
     */
    @Test
    void pearlViolationNeedsExactlyItsExcess() {
        CausalStructure s = StructureFile.parse("{\"nodes\": [{\"name\": \"x\", \"kind\": \"setting\", \"values\": 2},"
                + " {\"name\": \"a\", \"kind\": \"outcome\", \"values\": 2, \"parents\": [\"x\"]},"
                + " {\"name\": \"b\", \"kind\": \"outcome\", \"values\": 2, \"parents\": [\"x\", \"a\"]}], \"relax\": [\"x->b\"]}", 1e-9).structure();
        double v = 0.6;
        double[] p = new double[8];
        for (int x = 0; x < 2; x++) {
            for (int e = 0; e < 4; e++) {
                p[x * 4 + e] = (1 - v) / 4 + (e == x ? v : 0); // e = 2a + b; D has a = 0, b = x
            }
        }
        assertOptimum(0.4, solve(s, new Behaviour(s.scenario(), p)));
    }

    /**
     * The PR box with both x → b and a → b relaxed needs max(C_x→b, C_a→b) = 1/3, less than either edge alone (1/2 and
     * 1). Lower bound: a strategy with α_0 = α_1 has both x → b rows at y = 1 equal to 1 (b(0, α, 1) = α, b(1, α, 1) =
     * α ⊕ 1); one with α_0 ≠ α_1 has opposite corners (0, α_0) ↦ α_0 and (1, α_1) ↦ α_1 of Bob's y = 0 table over (x, a),
     * so each of the two paths between them crosses a differing edge: X(t=00) + A(t=10) ≥ 1 and A(t=00) + X(t=10) ≥ 1.
     * With q = P(α_0 = α_1) the largest row is at least max(q, (1 − q)/2) ≥ 1/3. Upper bound: q = 1/3 (α uniform, Bob's
     * y = 0 table constant α, y = 1 rows over a equal) and, for α_0 ≠ α_1, each of the four choices of one differing
     * edge per path with weight 1/6 — every row is then 1/3.
     */
    @Test
    void prBoxWithBothEdgesRelaxedNeedsOneThird() {
        StructureFile.Contents c = StructureFile.load("bell-x-and-a-to-b", 1e-12);
        assertOptimum(1.0 / 3, solve(c.structure(), c.behaviour().orElseThrow()));
    }

    /**
     * With only one of the two edges measured the other carries everything for free: b = g(a, y) = a ⊕ [a ≠ α_0]·y…
     * concretely, α_0 ≠ α_1 and b(a, 0) = a, b(a, 1) = α_0 reproduce the PR box without using x (C_x→b = 0); b =
     * α_x ⊕ xy read from x alone reproduces it without using a (C_a→b = 0).
     */
    @Test
    void prBoxWithOneEdgeMeasuredNeedsNothing() {
        StructureFile.Contents c = StructureFile.load("bell-x-and-a-to-b", 1e-12);
        for (String e : new String[] {"x->b", "a->b"}) {
            assertOptimum(0, solve(c.structure().relaxing(Edge.parse(e)), c.behaviour().orElseThrow()));
        }
    }

    /**
     * The chain: p = v·D + (1 − v)·uniform with D: a = b = c = x (Alice's input passed on by both messages). Every
     * model has Σ_x P(b = x | x, y) ≤ 1 + C_m→b(y) (b can differ between x = 0 and 1 only through m and Bob's table
     * differing in m) and likewise Σ_x P(c = x | x, y, z) ≤ 1 + C_n→c(z); both sums are 1 + v, so each influence is at
     * least v. The model v·(the one strategy producing D) + (1 − v)·(constant a, b, c, uniform) has every row equal to
     * v. So the value is v, for the pair of edges and for each edge alone (m → b checked here).
     */
    @Test
    void chainPassingXAlongNeedsTheVisibility() {
        CausalStructure s = StructureFile.load("chain", 1e-9).structure();
        double v = 0.6;
        Scenario sc = s.scenario();
        double[] p = new double[sc.size()];
        for (int block = 0; block < 8; block++) {
            int x = block >> 2;
            for (int o = 0; o < 8; o++) {
                p[sc.index(block, o)] = (1 - v) / 8 + (o == 7 * x ? v : 0);
            }
        }
        Behaviour b = new Behaviour(sc, p);
        assertOptimum(v, solve(s, b));
        assertValue(v, solve(s.relaxing(Edge.parse("m->b")), b));
    }
}
