package relax.scenarios.microstate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static relax.scenarios.microstate.Property.FACTORIZABILITY;
import static relax.scenarios.microstate.Property.LOCAL_CAUSALITY;
import static relax.scenarios.microstate.Property.MICROSTATE_INDEPENDENCE;
import static relax.scenarios.microstate.Property.MICROSTATE_INDEPENDENCE_CONDITIONAL;
import static relax.scenarios.microstate.Property.MICROSTATE_RESULT_INDEPENDENCE;
import static relax.scenarios.microstate.Property.MICROSTATE_SETTING_INDEPENDENCE;
import static relax.scenarios.microstate.Property.OUTCOME_INDEPENDENCE;
import static relax.scenarios.microstate.Property.PARAMETER_INDEPENDENCE;
import static relax.scenarios.microstate.Property.SETTINGS_INDEPENDENCE;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import relax.core.Scenario;

/**
 * Audits of hand-built models whose properties are known by construction; every verdict, violation and
 * location below is derived by hand in the comments. "First" locations are the first in causal order of
 * the variables (x, y, λ, λ_a, λ_b, a, b), each in its declared value order.
 */
class AuditorTest {

    static Audit audit(String json) {
        return Auditor.audit(ModelFile.parse(json));
    }

    /** Exactly the properties in {@code violated} fail. */
    static void onlyViolated(Audit audit, Property... violated) {
        Set<Property> bad = violated.length == 0 ? EnumSet.noneOf(Property.class) : EnumSet.of(violated[0], violated);
        for (Property p : Property.values()) {
            assertEquals(!bad.contains(p), audit.verdict(p).holds(), p.key() + ": " + audit.verdict(p).violation());
        }
    }

    static void violation(Audit audit, Property p, String exact, String equation, String... where) {
        Verdict v = audit.verdict(p);
        assertEquals(Surd.parse(exact), v.violation(), p.key());
        assertEquals(equation, v.equation().toString(), p.key());
        Map<String, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < where.length; i += 2) {
            expected.put(where[i], where[i + 1]);
        }
        Map<String, String> actual = new LinkedHashMap<>();
        audit.where(v).forEach((var, value) -> actual.put(var.key(), value));
        assertEquals(expected, actual, p.key());
    }

    static Surd p(Audit audit, int x, int y, int a, int b) {
        return audit.behaviour()[audit.scenario().index(x, y, a, b)];
    }

    /**
     * Local deterministic: λ ∈ {0,1} uniform, a = λ, b = λ ⊕ y, no microstates. Given λ both results are
     * fixed by the local setting, so every property holds. p(ab|x0) = ½[a=b], p(ab|x1) = ½[a≠b]: E_x0 = 1,
     * E_x1 = −1, S = 1 − 1 + 1 + 1 = 2; every form ±(ΣE − 2E_st) = ±(0 ∓ 2) has |·| = 2; eq. (8) as labelled
     * = p(00|00) + p(00|01) + p(00|10) − p(00|11) − p_A(0|0) − p_B(0|0) = ½ + 0 + ½ − 0 − ½ − ½ = 0, the
     * maximum since a local behaviour gives ≤ 0 in every relabelling.
     */
    @Test
    void localDeterministicModelSatisfiesEverything() {
        Audit a = audit(ModelFileTest.VALID);
        onlyViolated(a);
        assertEquals(Surd.of(1, 2), p(a, 0, 0, 0, 0));
        assertEquals(Surd.ZERO, p(a, 0, 1, 0, 0));
        assertEquals(Surd.of(1, 2), p(a, 1, 1, 1, 0));
        assertEquals(Surd.ZERO, a.chsh().value());
        assertFalse(a.chsh().violated());
        assertEquals(Surd.of(2, 1), a.chsh().s());
        assertEquals(Surd.of(2, 1), a.chsh().sMax());
        for (MicrostateDependence d : a.dependence()) {
            assertEquals(Surd.ZERO, d.value(), d.key());
        }
    }

    /**
     * Outcome dependence only: no λ; λ_a = λ_b = u with u a uniform bit; a = λ_a, b = λ_b. Then
     * p(ab|xy) = ½[a=b] for all x, y. PI holds (P(a|x,y) = ½ = P(a|x)); OI fails: P(00|00) = ½ against
     * P(a=0|00) P(b=0|00) = ¼, violation ¼, first at x=y=a=b=0; factorizability likewise. Local causality
     * holds: a is a function of λ_a. The printed eq. (25): P(λ_a|y,b) = [λ_a = b] against P(λ_a) = ½,
     * violation ½ first at y=0, λ_a=0, b=0; the conditional form likewise (given x), and it is the result
     * half that fails — λ_a does not depend on y. CHSH: E = 1 everywhere, S = 2, eq. (8) = ½+½+½−½−½−½ = 0.
     */
    @Test
    void outcomeDependenceOnly() {
        Audit a = audit("""
                {"variables": {"x": ["0","1"], "y": ["0","1"], "lambda_a": ["0","1"], "lambda_b": ["0","1"], "a": ["0","1"], "b": ["0","1"]},
                 "microstates": {"table": {"0": {"0": "1/2"}, "1": {"1": "1/2"}}},
                 "A": {"given": ["lambda_a"], "table": {"0": "0", "1": "1"}},
                 "B": {"given": ["lambda_b"], "table": {"0": "0", "1": "1"}}}
                """);
        onlyViolated(a, OUTCOME_INDEPENDENCE, FACTORIZABILITY, MICROSTATE_INDEPENDENCE, MICROSTATE_INDEPENDENCE_CONDITIONAL,
                MICROSTATE_RESULT_INDEPENDENCE);
        violation(a, OUTCOME_INDEPENDENCE, "1/4", "P(a,b|x,y,λ) = P(a|x,y,λ) P(b|x,y,λ)", "x", "0", "y", "0", "a", "0", "b", "0");
        violation(a, FACTORIZABILITY, "1/4", "P(a,b|x,y,λ) = P(a|x,λ) P(b|y,λ)", "x", "0", "y", "0", "a", "0", "b", "0");
        violation(a, MICROSTATE_INDEPENDENCE, "1/2", "P(λ_a|y,b) = P(λ_a)", "y", "0", "lambda_a", "0", "b", "0");
        violation(a, MICROSTATE_INDEPENDENCE_CONDITIONAL, "1/2", "P(λ_a|x,y,λ,b) = P(λ_a|x,λ)", "x", "0", "y", "0", "lambda_a", "0", "b", "0");
        violation(a, MICROSTATE_RESULT_INDEPENDENCE, "1/2", "P(λ_a|x,y,λ,b) = P(λ_a|x,y,λ)", "x", "0", "y", "0", "lambda_a", "0", "b", "0");
        assertEquals(Surd.of(1, 2), p(a, 1, 1, 1, 1));
        assertEquals(Surd.ZERO, a.chsh().value());
        assertEquals(Surd.of(2, 1), a.chsh().s());
    }

    /**
     * Parameter dependence only, through a microstate: no λ; Bob's microstate λ_b = x (a copy of Alice's
     * setting); a = 0; b = λ_b. P(b|x,y) = [b = x] against P(b|y) = ½: PI fails by ½, first at x=y=b=0
     * (Alice's half holds); OI holds (a is fixed); factorizability fails by ½ at x=y=a=b=0. Local causality
     * holds (b is a function of λ_b). Eq. (25): P(λ_b|x,a) = [λ_b = x] against ½, first at x=0, λ_b=0, a=0;
     * the setting half of the conditional form fails, the result half holds (a is constant). The shift of
     * λ_b's distribution between x = 0 and 1 is total: TV(δ_0, δ_1) = 1.
     * CHSH: p(ab|xy) = [a=0][b=x]; E_0y = 1, E_1y = −1, S = 1 + 1 − 1 + 1 = 2; all E sum to 0, so every
     * form is |2E_st| = 2. Eq. (8) in relabelling (s,t,f): with f = 1 every term but −p_B(0|t) at x = s
     * vanishes, giving −[s=0] (0 for s = 1); with f = 0 and s = 0, Σ_y sign(0,y) − 1 − 1 = 0; with s = 1,
     * sign(1,0) + sign(1,1) − 1 − 0 = −1. So the maximum is 0, first reached by the identity.
     */
    @Test
    void parameterDependenceOnlyThroughAMicrostate() {
        Audit a = audit("""
                {"variables": {"x": ["0","1"], "y": ["0","1"], "lambda_b": ["0","1"], "a": ["0","1"], "b": ["0","1"]},
                 "microstates": {"given": ["x"], "table": {"0": "0", "1": "1"}},
                 "A": {"given": [], "table": "0"},
                 "B": {"given": ["lambda_b"], "table": {"0": "0", "1": "1"}}}
                """);
        onlyViolated(a, PARAMETER_INDEPENDENCE, FACTORIZABILITY, MICROSTATE_INDEPENDENCE, MICROSTATE_INDEPENDENCE_CONDITIONAL,
                MICROSTATE_SETTING_INDEPENDENCE);
        violation(a, PARAMETER_INDEPENDENCE, "1/2", "P(b|x,y,λ) = P(b|y,λ)", "x", "0", "y", "0", "b", "0");
        violation(a, FACTORIZABILITY, "1/2", "P(a,b|x,y,λ) = P(a|x,λ) P(b|y,λ)", "x", "0", "y", "0", "a", "0", "b", "0");
        violation(a, MICROSTATE_INDEPENDENCE, "1/2", "P(λ_b|x,a) = P(λ_b)", "x", "0", "lambda_b", "0", "a", "0");
        violation(a, MICROSTATE_SETTING_INDEPENDENCE, "1/2", "P(λ_b|x,y,λ) = P(λ_b|y,λ)", "x", "0", "y", "0", "lambda_b", "0");
        violation(a, MICROSTATE_INDEPENDENCE_CONDITIONAL, "1/2", "P(λ_b|x,y,λ,a) = P(λ_b|y,λ)", "x", "0", "y", "0", "lambda_b", "0", "a", "0");
        assertEquals(Surd.ZERO, a.chsh().value());
        assertEquals("chsh", a.chsh().relabelling());
        assertEquals(Surd.of(2, 1), a.chsh().s());
        assertEquals(Surd.of(2, 1), a.chsh().sMax());
        MicrostateDependence onX = a.dependence().get(0);
        assertEquals("lambda_b_on_x", onX.key());
        assertEquals(Surd.ONE, onX.value());
        assertEquals(Map.of("x", "0", "x'", "1"), a.where(onX));
    }

    /**
     * Measurement dependence: λ = (a0, a1, b0, b1) ranges over the 16 deterministic local strategies and
     * p(λ|x,y) = 1/8 for the 8 strategies with a_x ⊕ b_y = xy; a = a_x, b = b_y. Each (x,y) then gives
     * p(a,b|x,y) = (4 strategies with a_x = a, b_y = b)/8 · [a ⊕ b = xy] = ½[a ⊕ b = xy]: the PR box (CHSH 1/2,
     * S = 4). The four conditions' XOR is 0 on the left and 1 on the right, so every strategy meets 1 or 3 of
     * them: p(λ) = 1/32 or 3/32 (uniform settings). |p(λ|x,y) − p(λ)| is 1/32 or 3/32; the first 3/32 in
     * order is at x=y=0, λ = 0101 (a0=b0=0, a1=b1=1 meets only (0,0)): 1/8 − 1/32. Given λ each result is a
     * function of the local setting, so PI, OI, factorizability and local causality hold; no microstates.
     * The microstate dependences are not defined (p(λ) depends on the settings).
     */
    @Test
    void measurementDependentPrBox() {
        StringBuilder state = new StringBuilder();
        StringBuilder lambdas = new StringBuilder();
        StringBuilder aTable = new StringBuilder();
        StringBuilder bTable = new StringBuilder();
        for (int x = 0; x < 2; x++) {
            for (int y = 0; y < 2; y++) {
                state.append(x + y == 0 ? "" : ", ").append(y == 0 ? "\"" + x + "\": {" : "").append('"').append(y).append("\": {");
                String sep = "";
                for (int l = 0; l < 16; l++) {
                    int[] s = {l >> 3 & 1, l >> 2 & 1, l >> 1 & 1, l & 1};
                    if ((s[x] ^ s[2 + y]) == x * y) {
                        state.append(sep).append('"').append(name(l)).append("\": \"1/8\"");
                        sep = ", ";
                    }
                }
                state.append(y == 1 ? "}}" : "}");
            }
        }
        for (int l = 0; l < 16; l++) {
            lambdas.append(l > 0 ? ", " : "").append('"').append(name(l)).append('"');
        }
        for (int v = 0; v < 2; v++) {
            aTable.append(v > 0 ? ", " : "").append('"').append(v).append("\": {");
            bTable.append(v > 0 ? ", " : "").append('"').append(v).append("\": {");
            for (int l = 0; l < 16; l++) {
                aTable.append(l > 0 ? ", " : "").append('"').append(name(l)).append("\": \"").append(name(l).charAt(v)).append('"');
                bTable.append(l > 0 ? ", " : "").append('"').append(name(l)).append("\": \"").append(name(l).charAt(2 + v)).append('"');
            }
            aTable.append('}');
            bTable.append('}');
        }
        Audit a = audit("{\"variables\": {\"x\": [\"0\",\"1\"], \"y\": [\"0\",\"1\"], \"lambda\": [" + lambdas
                + "], \"a\": [\"0\",\"1\"], \"b\": [\"0\",\"1\"]}, \"state\": {\"given\": [\"x\", \"y\"], \"table\": {" + state
                + "}}, \"A\": {\"given\": [\"x\", \"lambda\"], \"table\": {" + aTable + "}}, \"B\": {\"given\": [\"y\", \"lambda\"], \"table\": {"
                + bTable + "}}}");
        onlyViolated(a, SETTINGS_INDEPENDENCE);
        violation(a, SETTINGS_INDEPENDENCE, "3/32", "P(λ|x,y) = P(λ)", "x", "0", "y", "0", "lambda", "0101");
        assertEquals(Surd.of(1, 8), a.verdict(SETTINGS_INDEPENDENCE).lhs());
        assertEquals(Surd.of(1, 32), a.verdict(SETTINGS_INDEPENDENCE).rhs());
        assertPrBox(a);
        assertTrue(a.dependence().isEmpty());
    }

    private static String name(int l) {
        return "" + (l >> 3 & 1) + (l >> 2 & 1) + (l >> 1 & 1) + (l & 1);
    }

    /** p(a,b|x,y) = ½[a ⊕ b = xy]; eq. (8) as labelled = ½ + ½ + ½ − 0 − ½ − ½ = ½; S = 1 + 1 + 1 − (−1) = 4. */
    static void assertPrBox(Audit a) {
        for (int x = 0; x < 2; x++) {
            for (int y = 0; y < 2; y++) {
                for (int k = 0; k < 2; k++) {
                    for (int l = 0; l < 2; l++) {
                        assertEquals((k ^ l) == x * y ? Surd.of(1, 2) : Surd.ZERO, p(a, x, y, k, l));
                    }
                }
            }
        }
        assertEquals(Surd.of(1, 2), a.chsh().value());
        assertEquals("chsh", a.chsh().relabelling());
        assertEquals(Surd.of(4, 1), a.chsh().s());
        assertEquals(Surd.of(4, 1), a.chsh().sMax());
    }

    /**
     * Not locally causal: λ = (α0, α1) uniform, a = α_x, and Bob reads Alice's setting directly:
     * b = α_x ⊕ xy (B given x, y, λ) — the PR box from a model of the X→B kind. For λ = 01 and y = 0, b = x, so
     * P(b=0|x=0,y=0,λ,a) = 1 while P(b=0|y=0,λ) = ½ (x is uniform and independent of λ): local causality, PI
     * and factorizability fail by ½, first at x=y=0, λ=01 (λ = 00 has b = 0 for both x at y = 0). OI holds
     * (given x, y, λ both results are fixed); without microstates eq. (25) holds trivially.
     */
    @Test
    void bobReadingAlicesSettingViolatesLocalCausality() {
        Audit a = audit("""
                {"variables": {"x": ["0","1"], "y": ["0","1"], "lambda": ["00","01","10","11"], "a": ["0","1"], "b": ["0","1"]},
                 "state": {"table": {"00": "1/4", "01": "1/4", "10": "1/4", "11": "1/4"}},
                 "A": {"given": ["x", "lambda"], "table": {"0": {"00": "0", "01": "0", "10": "1", "11": "1"},
                                                          "1": {"00": "0", "01": "1", "10": "0", "11": "1"}}},
                 "B": {"given": ["x", "y", "lambda"], "table": {
                     "0": {"0": {"00": "0", "01": "0", "10": "1", "11": "1"}, "1": {"00": "0", "01": "0", "10": "1", "11": "1"}},
                     "1": {"0": {"00": "0", "01": "1", "10": "0", "11": "1"}, "1": {"00": "1", "01": "0", "10": "1", "11": "0"}}}}}
                """);
        onlyViolated(a, LOCAL_CAUSALITY, PARAMETER_INDEPENDENCE, FACTORIZABILITY);
        violation(a, LOCAL_CAUSALITY, "1/2", "P(b|x,y,λ,λ_a,λ_b,a) = P(b|y,λ,λ_b)", "x", "0", "y", "0", "lambda", "01", "a", "0", "b", "0");
        violation(a, PARAMETER_INDEPENDENCE, "1/2", "P(b|x,y,λ) = P(b|y,λ)", "x", "0", "y", "0", "lambda", "01", "b", "0");
        assertPrBox(a);
    }

    /**
     * Footnote 4 of Ciepielewski & Okon: microstate dependence that the result ignores. No λ; λ_a = y (Alice's
     * apparatus records Bob's setting) but a = x, b = y. Eq. (25) and its conditional form fail by ½
     * (P(λ_a|y,b) = [λ_a = y] against ½), yet given the settings both results are fixed, so
     * factorizability holds: microstate independence is sufficient, not necessary.
     */
    @Test
    void irrelevantMicrostateDependenceLeavesFactorizability() {
        Audit a = audit("""
                {"variables": {"x": ["0","1"], "y": ["0","1"], "lambda_a": ["0","1"], "a": ["0","1"], "b": ["0","1"]},
                 "microstates": {"given": ["y"], "table": {"0": "0", "1": "1"}},
                 "A": {"given": ["x", "lambda_a"], "table": {"0": {"0": "0", "1": "0"}, "1": {"0": "1", "1": "1"}}},
                 "B": {"given": ["y"], "table": {"0": "0", "1": "1"}}}
                """);
        onlyViolated(a, MICROSTATE_INDEPENDENCE, MICROSTATE_INDEPENDENCE_CONDITIONAL, MICROSTATE_SETTING_INDEPENDENCE);
        violation(a, MICROSTATE_INDEPENDENCE, "1/2", "P(λ_a|y,b) = P(λ_a)", "y", "0", "lambda_a", "0", "b", "0");
        assertEquals(Surd.ONE, a.dependence().get(2).value(), "lambda_a_on_y: TV(δ_0, δ_1) = 1");
    }

    /**
     * The printed eq. (25) is not necessary either: λ ∈ {0,1} uniform, Alice's apparatus registers the
     * incoming state (λ_a = λ), a = λ_a, b = λ. A local deterministic model in which every other property
     * holds, the conditional form included (given λ, λ_a is fixed) — yet P(λ_a|y,b) = [λ_a = b] against
     * P(λ_a) = ½ violates the printed form by ½, first at y=0, λ_a=0, b=0.
     */
    @Test
    void printedFormForbidsAnApparatusThatRegistersTheState() {
        Audit a = audit("""
                {"variables": {"x": ["0","1"], "y": ["0","1"], "lambda": ["0","1"], "lambda_a": ["0","1"], "a": ["0","1"], "b": ["0","1"]},
                 "state": {"table": {"0": "1/2", "1": "1/2"}},
                 "microstates": {"given": ["lambda"], "table": {"0": "0", "1": "1"}},
                 "A": {"given": ["lambda_a"], "table": {"0": "0", "1": "1"}},
                 "B": {"given": ["lambda"], "table": {"0": "0", "1": "1"}}}
                """);
        onlyViolated(a, MICROSTATE_INDEPENDENCE);
        violation(a, MICROSTATE_INDEPENDENCE, "1/2", "P(λ_a|y,b) = P(λ_a)", "y", "0", "lambda_a", "0", "b", "0");
    }

    /**
     * The paper's escape model, Tsirelson's box exactly (scenarios/examples/microstate-escape.json): λ = Alice's
     * two answers (uniform), λ_b = the shirt colour = x, a = λ[x], b = a_x(−1)^{xy} with probability
     * cos²(π/8) = (2+√2)/4. p(a,b|x,y) = ½ · (2 ± √2)/4 = (2 ± √2)/8, E_xy = ±1/√2, S = 4/√2 = 2√2 and
     * eq. (8) = (S − 2)/4 = (√2 − 1)/2. Settings independence and local causality hold by construction (λ
     * uniform; a from (x, λ), b from (y, λ, λ_b)). P(b=+1|x=0,y=0,λ=+-) = (2+√2)/4 but averaged over x the
     * target flips, so P(b=+1|y=0,λ=+-) = ½: PI and factorizability fail by √2/4 (λ = ++ meets the same
     * target for both x at y = 0). OI holds: a is fixed by (x, λ). Eq. (25): P(λ_b = red|x=0,a) = 1 against ½.
     */
    @Test
    void escapeModelReproducesTsirelsonExactlyWhileLocallyCausal() {
        Audit a = Auditor.audit(ModelFile.read(Path.of("examples/microstate-escape.json")));
        onlyViolated(a, PARAMETER_INDEPENDENCE, FACTORIZABILITY, MICROSTATE_INDEPENDENCE, MICROSTATE_INDEPENDENCE_CONDITIONAL,
                MICROSTATE_SETTING_INDEPENDENCE);
        for (int x = 0; x < 2; x++) {
            for (int y = 0; y < 2; y++) {
                for (int k = 0; k < 2; k++) {
                    for (int l = 0; l < 2; l++) {
                        assertEquals(Surd.parse((k == l) == (x * y == 0) ? "(2+sqrt(2))/8" : "(2-sqrt(2))/8"), p(a, x, y, k, l));
                    }
                }
            }
        }
        assertEquals(Surd.parse("(sqrt(2)-1)/2"), a.chsh().value());
        assertTrue(a.chsh().violated());
        assertEquals(Surd.parse("2*sqrt(2)"), a.chsh().s());
        violation(a, PARAMETER_INDEPENDENCE, "sqrt(2)/4", "P(b|x,y,λ) = P(b|y,λ)", "x", "0", "y", "0", "lambda", "+-", "b", "+1");
        violation(a, FACTORIZABILITY, "sqrt(2)/4", "P(a,b|x,y,λ) = P(a|x,λ) P(b|y,λ)", "x", "0", "y", "0", "lambda", "+-", "a", "+1", "b", "+1");
        violation(a, MICROSTATE_INDEPENDENCE, "1/2", "P(λ_b|x,a) = P(λ_b)", "x", "0", "lambda_b", "red", "a", "+1");
        assertEquals(Surd.ONE, a.dependence().get(0).value(), "the shirt reveals x completely");
    }

    /**
     * The printed microstate independence does not give factorizability (docs/microstate-independence.md):
     * scenarios/examples/microstate-one-time-pad.json. λ = (k, b0, b1) uniform, λ_a = y ⊕ k, a = b_y ⊕ xy
     * with y = λ_a ⊕ k, b = b_y: the PR box. k is uniform and independent of (y, b0, b1), so λ_a = y ⊕ k is
     * uniform and independent of (y, b): eq. (25) holds; settings independence and local causality hold by
     * construction. Given λ (so k), λ_a reveals y: P(λ_a=0|x=0,y=0,λ=k0 b00,b=0) = 1 against P(λ_a=0|x,λ) = ½,
     * and a depends on y given λ: PI and factorizability fail by ½.
     */
    @Test
    void oneTimePadSatisfiesPrintedMicrostateIndependenceYetGivesThePrBox() {
        Audit a = Auditor.audit(ModelFile.read(Path.of("examples/microstate-one-time-pad.json")));
        onlyViolated(a, PARAMETER_INDEPENDENCE, FACTORIZABILITY, MICROSTATE_INDEPENDENCE_CONDITIONAL, MICROSTATE_SETTING_INDEPENDENCE);
        violation(a, MICROSTATE_INDEPENDENCE_CONDITIONAL, "1/2", "P(λ_a|x,y,λ,b) = P(λ_a|x,λ)", "x", "0", "y", "0", "lambda", "k0 b00",
                "lambda_a", "0", "b", "0");
        violation(a, FACTORIZABILITY, "1/2", "P(a,b|x,y,λ) = P(a|x,λ) P(b|y,λ)", "x", "0", "y", "0", "lambda", "k0 b01", "a", "0", "b", "0");
        assertPrBox(a);
    }

    /**
     * scenarios/examples/microstate-escape-minimal.json: Tsirelson = (√2−1)·PR + (2−√2)·L with L the local box
     * of correlators ±½ (uniform over the 8 deterministic strategies with S = 2: each E_xy agrees in 6 of 8,
     * (6 − 2)/8 = ½). Mixing: (√2 − 1)·1 + (2 − √2)·½ = √2/2 = 1/√2. Only the PR part (weight √2 − 1) has a
     * shirt revealing x, so the dependence of λ_b on x is (√2 − 1)·1 + (2 − √2)·0 = √2 − 1.
     */
    @Test
    void minimalEscapeModelHasDependenceSqrtTwoMinusOne() {
        Audit a = Auditor.audit(ModelFile.read(Path.of("examples/microstate-escape-minimal.json")));
        assertEquals(Surd.parse("(2+sqrt(2))/8"), p(a, 0, 0, 0, 0));
        assertEquals(Surd.parse("(2-sqrt(2))/8"), p(a, 1, 1, 0, 0));
        assertEquals(Surd.parse("(sqrt(2)-1)/2"), a.chsh().value());
        assertEquals(Surd.parse("sqrt(2)-1"), a.dependence().get(0).value());
        assertEquals(Surd.parse("sqrt(2)-1"), a.dependence().get(1).value());
        assertTrue(a.verdict(LOCAL_CAUSALITY).holds());
        assertTrue(a.verdict(SETTINGS_INDEPENDENCE).holds());
    }

    @Test
    void chshIsOnlyForTwoSettingsAndTwoResults() {
        Audit a = audit(ModelFileTest.VALID.replace("\"x\": [\"0\",\"1\"]", "\"x\": [\"0\",\"1\",\"2\"]"));
        assertNull(a.chsh());
        assertEquals(Scenario.bipartite(3, 2, 2, 2), a.scenario());
    }
}
