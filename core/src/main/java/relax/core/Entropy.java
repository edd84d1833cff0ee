package relax.core;

/** Shannon entropies in bits. */
public final class Entropy {
    private Entropy() {
    }

    /** The binary entropy h(v) = −v log2 v − (1−v) log2(1−v), with h(0) = h(1) = 0 (Chaves et al. 2015, after eq. 9). */
    public static double binary(double v) {
        if (v <= 0 || v >= 1) {
            return 0;
        }
        return -(v * Math.log(v) + (1 - v) * Math.log(1 - v)) / Math.log(2);
    }
}
