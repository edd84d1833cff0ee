package relax.lp.exact;

import relax.lp.dependence.MeasurementDependenceCertificate;
import relax.lp.relaxation.Certificate;

import org.apache.commons.math3.fraction.BigFraction;

/**
 * What every exactly re-verified dual certificate states: a vector ẑ over the behaviour entries (the
 * Bell-like expression), the lower bound it proves on a relaxation measure — or, for a Farkas
 * certificate, the violation that proves no model exists — and whether the exact check ran at all.
 * Subclasses add the multipliers particular to their LP ({@link Certificate} for the locality
 * relaxations, {@link MeasurementDependenceCertificate} for measurement dependence). Immutable.
 */
public abstract class ExactCertificate {
    private final BigFraction[] entryWeights;
    private final BigFraction bound;
    private final boolean checked;
    private final boolean infeasibilityProof;
    private final String note;

    protected ExactCertificate(BigFraction[] entryWeights, BigFraction bound, boolean checked, boolean infeasibilityProof, String note) {
        this.entryWeights = entryWeights;
        this.bound = bound;
        this.checked = checked;
        this.infeasibilityProof = infeasibilityProof;
        this.note = note;
    }

    /** Whether the exact check ran; when false the certificate proves nothing and {@link #note()} says why. */
    public boolean isChecked() {
        return checked;
    }

    /** A Farkas certificate: no model meets the constraints. */
    public boolean provesInfeasible() {
        return infeasibilityProof;
    }

    /** The exact lower bound on the measure (or, for a Farkas certificate, the violation ⟨ẑ, p⟩ &gt; 0). */
    public BigFraction bound() {
        return bound;
    }

    public double boundValue() {
        return bound.doubleValue();
    }

    /** ẑ over behaviour entries, exact (a copy). */
    public BigFraction[] entryWeights() {
        return entryWeights.clone();
    }

    /** How the check went: as rounded, repaired by a shift, or why it could not run. */
    public String note() {
        return note;
    }

    /** Whether this certificate proves more than {@code other}: it was checked, and other was not or proves a lower bound. */
    protected boolean betterThan(ExactCertificate other) {
        return checked && (other == null || !other.checked || bound.compareTo(other.bound) > 0);
    }
}
