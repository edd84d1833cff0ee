package relax.scenarios.microstate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random models (seeded) checked against an independent evaluation and against theorems:
 * <ul>
 * <li>the behaviour and every property's violation agree with a dense floating-point brute force over all
 *     value combinations, written from the definitions without the sparse joint or the exact field;</li>
 * <li>factorizability ⇔ parameter independence ∧ outcome independence (Jarrett 1984);</li>
 * <li>the conditional microstate independence ⇔ its setting half ∧ its result half (contraction);</li>
 * <li>local causality holds whenever the responses read only their own side (the default parents);</li>
 * <li>local causality ∧ the conditional microstate independence ⇒ factorizability
 *     (docs/microstate-independence.md, Theorem 1), on models built to satisfy the two premises.</li>
 * </ul>
 */
class AuditorRandomTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ModelVariable[] V = ModelVariable.values();

    /** One random model: its JSON and, for the brute force, each table as a function of a full assignment. */
    private static final class RandomModel {
        final int[] radix = new int[V.length];
        final List<ModelVariable[]> of = new ArrayList<>();
        final List<ModelVariable[]> given = new ArrayList<>();
        final List<double[]> values = new ArrayList<>();
        final ObjectNode json = JSON.createObjectNode();

        double factor(int t, int[] digits) {
            int i = 0;
            for (ModelVariable v : given.get(t)) {
                i = i * radix[v.ordinal()] + digits[v.ordinal()];
            }
            for (ModelVariable v : of.get(t)) {
                i = i * radix[v.ordinal()] + digits[v.ordinal()];
            }
            return values.get(t)[i];
        }
    }

    /**
     * A random model. {@code premises}: local responses and microstates built as p(λ_a|x,λ)·p(λ_b|y,λ), so
     * that local causality and the conditional microstate independence hold; otherwise every table's
     * conditioning set is a random subset (in random order) of what the format allows.
     */
    private static RandomModel random(Random r, boolean premises) {
        RandomModel m = new RandomModel();
        ObjectNode vars = m.json.putObject("variables");
        for (ModelVariable v : V) {
            boolean optional = v == ModelVariable.LAMBDA || v == ModelVariable.LAMBDA_A || v == ModelVariable.LAMBDA_B;
            int n = optional ? r.nextInt(4) : 2 + (v == ModelVariable.X && r.nextInt(4) == 0 ? 1 : 0);
            m.radix[v.ordinal()] = Math.max(1, n);
            if (n > 0) {
                ArrayNode a = vars.putArray(v.key());
                for (int k = 0; k < n; k++) {
                    a.add(v.key() + k);
                }
            }
        }
        table(m, r, "settings", List.of(ModelVariable.X, ModelVariable.Y), List.of(), false);
        if (vars.has("lambda")) {
            table(m, r, "state", List.of(ModelVariable.LAMBDA), subset(m, r, ModelVariable.X, ModelVariable.Y), true);
        }
        List<ModelVariable> micro = new ArrayList<>();
        for (ModelVariable v : List.of(ModelVariable.LAMBDA_A, ModelVariable.LAMBDA_B)) {
            if (vars.has(v.key())) {
                micro.add(v);
            }
        }
        if (!micro.isEmpty()) {
            if (premises) {
                productMicrostates(m, r, micro);
            } else {
                table(m, r, "microstates", micro, subset(m, r, ModelVariable.X, ModelVariable.Y, ModelVariable.LAMBDA), true);
            }
        }
        table(m, r, "A", List.of(ModelVariable.A), premises ? subset(m, r, ModelVariable.X, ModelVariable.LAMBDA, ModelVariable.LAMBDA_A)
                : subset(m, r, ModelVariable.X, ModelVariable.Y, ModelVariable.LAMBDA, ModelVariable.LAMBDA_A, ModelVariable.LAMBDA_B), true);
        table(m, r, "B", List.of(ModelVariable.B), premises ? subset(m, r, ModelVariable.Y, ModelVariable.LAMBDA, ModelVariable.LAMBDA_B)
                : subset(m, r, ModelVariable.X, ModelVariable.Y, ModelVariable.LAMBDA, ModelVariable.LAMBDA_A, ModelVariable.LAMBDA_B, ModelVariable.A),
                true);
        return m;
    }

    /** A random subset of the declared variables among {@code allowed}, in random order. */
    private static List<ModelVariable> subset(RandomModel m, Random r, ModelVariable... allowed) {
        List<ModelVariable> s = new ArrayList<>();
        for (ModelVariable v : allowed) {
            boolean declared = m.json.get("variables").has(v.key());
            if (declared && r.nextInt(3) > 0) {
                s.add(v);
            }
        }
        Collections.shuffle(s, r);
        return s;
    }

    /** A random table p(of | given) with entries k/n, about a third of them 0, written to JSON and kept for the brute force. */
    private static void table(RandomModel m, Random r, String role, List<ModelVariable> of, List<ModelVariable> given, boolean zeros) {
        int rows = 1;
        for (ModelVariable v : given) {
            rows *= m.radix[v.ordinal()];
        }
        int width = 1;
        for (ModelVariable v : of) {
            width *= m.radix[v.ordinal()];
        }
        double[] values = new double[rows * width];
        String[] exact = new String[rows * width];
        for (int row = 0; row < rows; row++) {
            int[] w = new int[width];
            int sum = 0;
            while (sum == 0) {
                for (int k = 0; k < width; k++) {
                    w[k] = zeros && r.nextInt(3) == 0 ? 0 : 1 + r.nextInt(5);
                    sum += w[k];
                }
            }
            for (int k = 0; k < width; k++) {
                values[row * width + k] = (double) w[k] / sum;
                exact[row * width + k] = w[k] + "/" + sum;
            }
        }
        add(m, role, of, given, values, exact);
    }

    /** p(λ_a, λ_b | x, y, λ) = p(λ_a | x, λ) · p(λ_b | y, λ), both random. */
    private static void productMicrostates(RandomModel m, Random r, List<ModelVariable> micro) {
        List<ModelVariable> given = new ArrayList<>();
        for (ModelVariable v : List.of(ModelVariable.X, ModelVariable.Y, ModelVariable.LAMBDA)) {
            if (m.json.get("variables").has(v.key())) {
                given.add(v);
            }
        }
        int na = m.radix[ModelVariable.LAMBDA_A.ordinal()];
        int nb = m.radix[ModelVariable.LAMBDA_B.ordinal()];
        int nx = m.radix[ModelVariable.X.ordinal()];
        int ny = m.radix[ModelVariable.Y.ordinal()];
        int nl = m.radix[ModelVariable.LAMBDA.ordinal()];
        int[][][] wa = new int[nx][nl][na];
        int[][][] wb = new int[ny][nl][nb];
        int[][] sa = new int[nx][nl];
        int[][] sb = new int[ny][nl];
        for (int l = 0; l < nl; l++) {
            for (int x = 0; x < nx; x++) {
                while (sa[x][l] == 0) {
                    for (int k = 0; k < na; k++) {
                        wa[x][l][k] = r.nextInt(3);
                        sa[x][l] += wa[x][l][k];
                    }
                }
            }
            for (int y = 0; y < ny; y++) {
                while (sb[y][l] == 0) {
                    for (int k = 0; k < nb; k++) {
                        wb[y][l][k] = r.nextInt(3);
                        sb[y][l] += wb[y][l][k];
                    }
                }
            }
        }
        int width = na * nb;
        double[] values = new double[nx * ny * nl * width];
        String[] exact = new String[values.length];
        for (int x = 0; x < nx; x++) {
            for (int y = 0; y < ny; y++) {
                for (int l = 0; l < nl; l++) {
                    for (int i = 0; i < na; i++) {
                        for (int j = 0; j < nb; j++) {
                            int idx = ((x * ny + y) * nl + l) * width + i * nb + j;
                            values[idx] = (double) wa[x][l][i] / sa[x][l] * wb[y][l][j] / sb[y][l];
                            exact[idx] = wa[x][l][i] * wb[y][l][j] + "/" + sa[x][l] * sb[y][l];
                        }
                    }
                }
            }
        }
        // given = the declared among x, y, λ: x and y always; λ only if declared (nl = 1 otherwise, same layout)
        add(m, "microstates", micro, given, values, exact);
    }

    private static void add(RandomModel m, String role, List<ModelVariable> of, List<ModelVariable> given, double[] values, String[] exact) {
        m.of.add(of.toArray(ModelVariable[]::new));
        m.given.add(given.toArray(ModelVariable[]::new));
        m.values.add(values);
        ObjectNode t = m.json.putObject(role);
        ArrayNode g = t.putArray("given");
        given.forEach(v -> g.add(v.key()));
        ObjectNode table = t.putObject("table");
        List<ModelVariable> all = new ArrayList<>(given);
        all.addAll(of);
        int[] position = {0};
        fill(m, table, all, 0, exact, position);
    }

    private static void fill(RandomModel m, ObjectNode node, List<ModelVariable> vars, int depth, String[] exact, int[] position) {
        ModelVariable v = vars.get(depth);
        for (int k = 0; k < m.radix[v.ordinal()]; k++) {
            if (depth == vars.size() - 1) {
                node.put(v.key() + k, exact[position[0]++]);
            } else {
                fill(m, node.putObject(v.key() + k), vars, depth + 1, exact, position);
            }
        }
    }

    /** The dense joint in doubles: the product of the tables at every one of the value combinations. */
    private static double[] denseJoint(RandomModel m) {
        int n = 1;
        for (int c : m.radix) {
            n *= c;
        }
        double[] joint = new double[n];
        int[] digits = new int[V.length];
        for (int i = 0; i < n; i++) {
            decode(m, i, digits);
            double p = 1;
            for (int t = 0; t < m.values.size(); t++) {
                p *= m.factor(t, digits);
            }
            joint[i] = p;
        }
        return joint;
    }

    private static void decode(RandomModel m, int i, int[] digits) {
        for (int v = V.length - 1; v >= 0; v--) {
            digits[v] = i % m.radix[v];
            i /= m.radix[v];
        }
    }

    /** For every combination i, the sum of the joint over the combinations that agree with i on {@code set}. */
    private static double[] marginal(RandomModel m, double[] joint, int set) {
        int[] d = new int[V.length];
        int[] projection = new int[joint.length];
        double[] sums = new double[joint.length];
        for (int i = 0; i < joint.length; i++) {
            decode(m, i, d);
            int k = 0;
            for (int v = 0; v < V.length; v++) {
                k = k * m.radix[v] + ((set >> v & 1) == 0 ? 0 : d[v]);
            }
            projection[i] = k;
            sums[k] += joint[i];
        }
        double[] result = new double[joint.length];
        for (int i = 0; i < joint.length; i++) {
            result[i] = sums[projection[i]];
        }
        return result;
    }

    /** The largest |left − right| of the property's equations over all combinations with P(G) > 0, in doubles. */
    private static double bruteForceViolation(RandomModel m, double[] joint, Property p) {
        double worst = 0;
        for (Equation e : p.equations()) {
            double[] pg = marginal(m, joint, e.lhs().given());
            double[] ptg = marginal(m, joint, e.lhs().given() | e.lhs().target());
            List<double[]> num = new ArrayList<>();
            List<double[]> den = new ArrayList<>();
            for (Equation.Term t : e.rhs()) {
                num.add(marginal(m, joint, t.given() | t.target()));
                den.add(marginal(m, joint, t.given()));
            }
            for (int i = 0; i < joint.length; i++) {
                if (pg[i] == 0) {
                    continue;
                }
                double rhs = 1;
                for (int k = 0; k < num.size(); k++) {
                    rhs *= num.get(k)[i] / den.get(k)[i];
                }
                worst = Math.max(worst, Math.abs(ptg[i] / pg[i] - rhs));
            }
        }
        return worst;
    }

    @Test
    void exactAuditAgreesWithDenseBruteForce() {
        Random r = new Random(20240601);
        for (int trial = 0; trial < 30; trial++) {
            RandomModel m = random(r, trial % 2 == 0);
            Audit a = Auditor.audit(ModelFile.parse(m.json.toString()));
            double[] joint = denseJoint(m);
            int xy = ModelVariable.set(ModelVariable.X, ModelVariable.Y);
            double[] pxyab = marginal(m, joint, xy | ModelVariable.set(ModelVariable.A, ModelVariable.B));
            double[] pxy = marginal(m, joint, xy);
            int[] digits = new int[V.length];
            for (int i = 0; i < joint.length; i++) {
                decode(m, i, digits);
                int entry = a.scenario().index(digits[0], digits[1], digits[5], digits[6]);
                assertEquals(pxyab[i] / pxy[i], a.behaviour()[entry].doubleValue(), 1e-12, "trial " + trial + " entry " + entry);
            }
            for (Property p : Property.values()) {
                assertEquals(bruteForceViolation(m, joint, p), a.verdict(p).violation().doubleValue(), 1e-12, "trial " + trial + " " + p.key());
            }
        }
    }

    @Test
    void theoremsOnRandomModels() {
        Random r = new Random(99);
        int factorizable = 0;
        for (int trial = 0; trial < 200; trial++) {
            boolean premises = trial % 2 == 0;
            Audit a = Auditor.audit(ModelFile.parse(random(r, premises).json.toString()));
            boolean f = a.verdict(Property.FACTORIZABILITY).holds();
            factorizable += f ? 1 : 0;
            assertEquals(f, a.verdict(Property.PARAMETER_INDEPENDENCE).holds() && a.verdict(Property.OUTCOME_INDEPENDENCE).holds(),
                    "Jarrett: factorizability = PI and OI, trial " + trial);
            assertEquals(a.verdict(Property.MICROSTATE_INDEPENDENCE_CONDITIONAL).holds(),
                    a.verdict(Property.MICROSTATE_SETTING_INDEPENDENCE).holds() && a.verdict(Property.MICROSTATE_RESULT_INDEPENDENCE).holds(),
                    "conditional form = setting half and result half, trial " + trial);
            if (premises) {
                assertTrue(a.verdict(Property.LOCAL_CAUSALITY).holds(), "local responses are locally causal, trial " + trial);
                assertTrue(a.verdict(Property.MICROSTATE_INDEPENDENCE_CONDITIONAL).holds(), "product microstates, trial " + trial);
                assertTrue(f, "Theorem 1: local causality and conditional microstate independence give factorizability, trial " + trial);
            }
        }
        assertTrue(factorizable > 100 && factorizable < 200, "both verdicts occur: " + factorizable);
    }
}
