package relax.scenarios.reproduce.microstate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import relax.scenarios.microstate.Audit;
import relax.scenarios.microstate.Property;
import relax.scenarios.report.Reproduction;
import relax.scenarios.report.Verdict;

/**
 * Ciepielewski &amp; Okon, section 4: "factorizability follows from the conjunction of the principle of local
 * causality and the assumption of microstate independence" (eq. 25). As printed, eq. (25) does not suffice: the
 * one-time-pad model ({@code microstate-one-time-pad.json}) satisfies it, local causality and settings independence,
 * and produces the PR box. The conditional form does suffice (docs/microstate-independence.md, Theorem 1).
 */
public final class PrintedIndependenceReproduction implements Reproduction {
    @Override
    public String id() {
        return "microstate-printed";
    }

    @Override
    public String title() {
        return "Ciepielewski & Okon, eq. (25): local causality + microstate independence give factorizability";
    }

    @Override
    public Verdict verdict() {
        return Verdict.CONTRADICTS;
    }

    @Override
    public String proof() {
        return "the one-time-pad counterexample audited exactly in this section; the conditional form does give factorizability "
                + "(docs/microstate-independence.md, Theorem 1)";
    }

    @Override
    public Section run(Path dir, Consumer<String> progress) throws IOException {
        progress.accept("auditing the one-time-pad model");
        Audit a = Models.audit("microstate-one-time-pad.json");
        boolean counterexample = a.verdict(Property.LOCAL_CAUSALITY).holds() && a.verdict(Property.SETTINGS_INDEPENDENCE).holds()
                && a.verdict(Property.MICROSTATE_INDEPENDENCE).holds() && !a.verdict(Property.FACTORIZABILITY).holds() && a.chsh().violated();
        String md = "## " + title() + "\n\n"
                + "Eq. (25) as printed, P(λ_a|y,b) = P(λ_a) and P(λ_b|x,a) = P(λ_b), conditions on neither λ nor the near setting. "
                + "`scenarios/examples/microstate-one-time-pad.json`: λ = (k, b₀, b₁) uniform, Alice's microstate λ_a = y ⊕ k, "
                + "a = b_y ⊕ xy computed with y = λ_a ⊕ k, b = b_y. The key k makes λ_a independent of (y, b) — a one-time pad — while, "
                + "given λ, λ_a reveals y. Audited in exact arithmetic:\n\n"
                + "- CHSH: " + Models.exact(a.chsh().value()) + " (the PR box), S = " + Models.exact(a.chsh().s()) + "\n\n"
                + Models.verdicts(a) + "\n"
                + (counterexample ? "So eq. (25) as printed holds together with local causality and settings independence, yet factorizability "
                        + "fails and Bell's inequality is violated maximally: **the printed form does not give factorizability.** "
                        + "The form the derivation after eq. (24) uses — λ_a ⊥ (y, b) | (x, λ), λ_b ⊥ (x, a) | (y, λ) — does: with local "
                        + "causality it implies factorizability (proof in docs/microstate-independence.md, Theorem 1; only λ_b ⊥ x | (y, λ) is "
                        + "needed on Bob's side), and here it fails by " + Models.exact(a.verdict(Property.MICROSTATE_INDEPENDENCE_CONDITIONAL).violation())
                        + ". The printed form is not necessary either: an apparatus that registers λ violates it in a factorizable model."
                        : "**The counterexample does not audit as expected.**") + "\n";
        return section(md, counterexample, "eq. (25) + local causality ⇒ factorizability",
                counterexample ? "false as printed (one-time pad: PR box); true for the conditional form (proved)" : "counterexample failed");
    }
}
