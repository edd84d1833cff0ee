package relax.scenarios.microstate;

/**
 * The audit of one {@link Property}: it holds when its largest violation is exactly 0; otherwise the
 * violation is the largest |left − right| of one of its equations, at the assignment {@code key}.
 *
 * @param property  the property
 * @param violation the largest |left − right| (exact; 0 when the property holds)
 * @param equation  the equation violated most (the first in causal value order among ties), null when it holds
 * @param key       the packed assignment ({@link JointDistribution}) of the equation's variables where it is violated most
 * @param lhs       the left side there, null when it holds
 * @param rhs       the right side there, null when it holds
 */
public record Verdict(Property property, Surd violation, Equation equation, long key, Surd lhs, Surd rhs) {

    public boolean holds() {
        return violation.isZero();
    }
}
