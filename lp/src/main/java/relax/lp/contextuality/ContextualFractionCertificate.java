package relax.lp.contextuality;

import org.apache.commons.math3.fraction.BigFraction;
import relax.lp.exact.ExactCertificate;

/**
 * The dual certificate of the contextual fraction (Abramsky, Barbosa &amp; Mansfield 2017, eqs. 3–4), checked in exact
 * rational arithmetic: weights ŷ ≥ 0 over the behaviour entries with
 * <pre>  ⟨ŷ, T_λ⟩ ≥ 1   for every noncontextual strategy λ,</pre>
 * so that ⟨ŷ, p⟩ ≥ 1 for every noncontextual behaviour — a noncontextuality inequality — and, for any p,
 * NCF(p) ≤ ⟨ŷ, p⟩, i.e. CF(p) ≥ 1 − ⟨ŷ, p⟩ (the {@link #bound()}, clamped at 0). The entry weights of
 * {@link ExactCertificate} are ŷ.
 */
public final class ContextualFractionCertificate extends ExactCertificate {
    private final BigFraction value;

    ContextualFractionCertificate(BigFraction[] y, BigFraction value, BigFraction bound, boolean checked, String note) {
        super(y, bound, checked, false, note);
        this.value = value;
    }

    /** ⟨ŷ, p⟩ for the behaviour the certificate was built for (exact). */
    public BigFraction value() {
        return value;
    }
}
