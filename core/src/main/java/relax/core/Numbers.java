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
}
