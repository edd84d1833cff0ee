package relax.core;

/** Small helpers for printing numbers the way a physicist reads them. */
public final class Numbers {
    private Numbers() {
    }

    /** Up to 10 significant digits, trailing zeros removed, tiny magnitudes (< 1e-13) shown as 0. */
    public static String format(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        if (Math.abs(v) < 1e-13) {
            return "0";
        }
        String s = String.format(java.util.Locale.ROOT, "%.10g", v);
        if (s.contains("e") || s.contains("E")) {
            return s;
        }
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }

    /**
     * A certified bracket [lower, upper] printed with its ends rounded outward — the lower end down, the upper end
     * up, from their exact binary values — so that the printed interval still contains the certified one, with as
     * many decimals as it takes to show the bracket's width (one more than the first significant decimal of
     * upper − lower, between 1 and 15), e.g. {@code [0.046273, 0.046275]}.
     */
    public static String bracket(double lower, double upper) {
        if (!(lower <= upper)) {
            throw new IllegalArgumentException("not a bracket: [" + lower + ", " + upper + "]");
        }
        double width = upper - lower;
        int decimals = width == 0 ? 15 : (int) Math.max(1, Math.min(15, Math.ceil(-Math.log10(width)) + 1));
        return bracket(lower, upper, decimals);
    }

    /** A certified bracket with both ends rounded outward to {@code decimals} decimals ({@link #bracket(double, double)}). */
    public static String bracket(double lower, double upper, int decimals) {
        return "[" + down(lower, decimals) + ", " + up(upper, decimals) + "]";
    }

    /** {@code v} rounded toward −∞ to {@code decimals} decimals: a printed lower bound that is still a lower bound. */
    public static String down(double v, int decimals) {
        return outward(v, decimals, java.math.RoundingMode.FLOOR);
    }

    /** {@code v} rounded toward +∞ to {@code decimals} decimals: a printed upper bound that is still an upper bound. */
    public static String up(double v, int decimals) {
        return outward(v, decimals, java.math.RoundingMode.CEILING);
    }

    private static String outward(double v, int decimals, java.math.RoundingMode mode) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        String s = new java.math.BigDecimal(v).setScale(decimals, mode).toPlainString();
        return s.startsWith("-") && s.replaceAll("[-0.]", "").isEmpty() ? s.substring(1) : s;
    }
}
