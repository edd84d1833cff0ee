package relax.scenarios.microstate;

import static relax.scenarios.microstate.ModelVariable.A;
import static relax.scenarios.microstate.ModelVariable.B;
import static relax.scenarios.microstate.ModelVariable.LAMBDA;
import static relax.scenarios.microstate.ModelVariable.LAMBDA_A;
import static relax.scenarios.microstate.ModelVariable.LAMBDA_B;
import static relax.scenarios.microstate.ModelVariable.X;
import static relax.scenarios.microstate.ModelVariable.Y;

import java.util.List;

/**
 * The properties of a hidden-variable model that Ciepielewski &amp; Okon relate, each as the equations it
 * demands (in this project's notation: settings x, y, results a, b; the paper writes a, b and A, B).
 * A property holds when every one of its equations holds at every value where its conditioning event has
 * positive probability; its violation is the largest |left − right| there ({@link Auditor}).
 *
 * <p>How the garbled or ambiguous printed formulas are read is in {@code docs/microstate-independence.md}.
 */
public enum Property {
    /** Eq. (2): ρ(λ|x,y) = ρ(λ). */
    SETTINGS_INDEPENDENCE("settings_independence", "settings independence", "Ciepielewski & Okon, eq. (2)",
            eq(p(of(LAMBDA), X, Y), p(of(LAMBDA)))),
    /** Eq. (21): P(a|x,y,λ) = P(a|x,λ) and P(b|x,y,λ) = P(b|y,λ) (the paper's second equation has a misprinted A for B). */
    PARAMETER_INDEPENDENCE("parameter_independence", "parameter independence", "Ciepielewski & Okon, eq. (21)",
            eq(p(of(A), X, Y, LAMBDA), p(of(A), X, LAMBDA)),
            eq(p(of(B), X, Y, LAMBDA), p(of(B), Y, LAMBDA))),
    /** Eq. (22): P(a,b|x,y,λ) = P(a|x,y,λ) P(b|x,y,λ). */
    OUTCOME_INDEPENDENCE("outcome_independence", "outcome independence", "Ciepielewski & Okon, eq. (22)",
            eq(p(of(A, B), X, Y, LAMBDA), p(of(A), X, Y, LAMBDA), p(of(B), X, Y, LAMBDA))),
    /** Eq. (1): P(a,b|x,y,λ) = P(a|x,λ) P(b|y,λ). */
    FACTORIZABILITY("factorizability", "factorizability", "Ciepielewski & Okon, eq. (1)",
            eq(p(of(A, B), X, Y, LAMBDA), p(of(A), X, LAMBDA), p(of(B), Y, LAMBDA))),
    /**
     * Eq. (7) for the two measurements: given the complete state (x, λ, λ_a) of a slice of region 1's past
     * light cone, a does not depend on the data (y, λ_b, b) of the spacelike region 2, and vice versa.
     */
    LOCAL_CAUSALITY("local_causality", "local causality", "Ciepielewski & Okon, eq. (7), with sigma = (x, lambda, lambda_a) for region 1",
            eq(p(of(A), X, Y, LAMBDA, LAMBDA_A, LAMBDA_B, B), p(of(A), X, LAMBDA, LAMBDA_A)),
            eq(p(of(B), X, Y, LAMBDA, LAMBDA_A, LAMBDA_B, A), p(of(B), Y, LAMBDA, LAMBDA_B))),
    /** Eq. (25) as printed: P(λ_a|y,b) = P(λ_a) and P(λ_b|x,a) = P(λ_b). */
    MICROSTATE_INDEPENDENCE("microstate_independence", "microstate independence as printed", "Ciepielewski & Okon, eq. (25)",
            eq(p(of(LAMBDA_A), Y, B), p(of(LAMBDA_A))),
            eq(p(of(LAMBDA_B), X, A), p(of(LAMBDA_B)))),
    /** λ_a ⊥ (y, b) | (x, λ) and λ_b ⊥ (x, a) | (y, λ): eq. (25) conditioned on the near setting and the state. */
    MICROSTATE_INDEPENDENCE_CONDITIONAL("microstate_independence_conditional", "microstate independence, conditional form",
            "eq. (25) given (x, lambda) and (y, lambda); docs/microstate-independence.md",
            eq(p(of(LAMBDA_A), X, Y, LAMBDA, B), p(of(LAMBDA_A), X, LAMBDA)),
            eq(p(of(LAMBDA_B), X, Y, LAMBDA, A), p(of(LAMBDA_B), Y, LAMBDA))),
    /** The setting half of the conditional form: λ_a ⊥ y | (x, λ) and λ_b ⊥ x | (y, λ). */
    MICROSTATE_SETTING_INDEPENDENCE("microstate_setting_independence", "microstates independent of the far setting",
            "the setting half of the conditional form; docs/microstate-independence.md",
            eq(p(of(LAMBDA_A), X, Y, LAMBDA), p(of(LAMBDA_A), X, LAMBDA)),
            eq(p(of(LAMBDA_B), X, Y, LAMBDA), p(of(LAMBDA_B), Y, LAMBDA))),
    /** The result half of the conditional form: λ_a ⊥ b | (x, y, λ) and λ_b ⊥ a | (x, y, λ). */
    MICROSTATE_RESULT_INDEPENDENCE("microstate_result_independence", "microstates independent of the far result",
            "the result half of the conditional form; docs/microstate-independence.md",
            eq(p(of(LAMBDA_A), X, Y, LAMBDA, B), p(of(LAMBDA_A), X, Y, LAMBDA)),
            eq(p(of(LAMBDA_B), X, Y, LAMBDA, A), p(of(LAMBDA_B), X, Y, LAMBDA)));

    private final String key;
    private final String title;
    private final String source;
    private final List<Equation> equations;

    Property(String key, String title, String source, Equation... equations) {
        this.key = key;
        this.title = title;
        this.source = source;
        this.equations = List.of(equations);
    }

    /** The machine name, e.g. {@code parameter_independence}. */
    public String key() {
        return key;
    }

    /** The name in words, e.g. {@code parameter independence}. */
    public String title() {
        return title;
    }

    /** Where the definition comes from, e.g. {@code Ciepielewski & Okon, eq. (21)}. */
    public String source() {
        return source;
    }

    /** The equations the property demands. */
    public List<Equation> equations() {
        return equations;
    }

    private static ModelVariable[] of(ModelVariable... vs) {
        return vs;
    }

    private static Equation.Term p(ModelVariable[] target, ModelVariable... given) {
        return Equation.p(target, given);
    }

    private static Equation eq(Equation.Term lhs, Equation.Term... rhs) {
        return new Equation(lhs, List.of(rhs));
    }
}
