package relax.core.structure;

/**
 * The measure p(node = value) of a hidden node, averaged over the settings with their distributions:
 * Σ_s p(s) Σ_λ q(λ) [f_node(s, λ) = value]. For the one-bit message of Chaves et al. 2015, Fig. 1d, this is
 * p(m=0) of eq. (39), whose minimum gives the minimum message entropy H(m) = h(p(m=0)).
 */
public record ValueProbability(String node, int value) {
    @Override
    public String toString() {
        return "p(" + node + "=" + value + ")";
    }
}
