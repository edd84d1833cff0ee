package relax.scenarios.statistics;

import java.util.Locale;

/** How a confidence interval on a relaxation measure is computed (docs/statistics.md says what each one means). */
public enum IntervalMethod {
    /** Two-sided basic interval of a parametric bootstrap over the multinomial counts ({@link Bootstrap}). */
    BOOTSTRAP("bootstrap", "parametric-bootstrap-basic"),
    /** One-sided lower bound from a certificate found on half of the runs and evaluated on the other half ({@link CertificateBound}). */
    CERTIFICATE("certificate", "certificate-split-hoeffding");

    private final String key;
    private final String json;

    IntervalMethod(String key, String json) {
        this.key = key;
        this.json = json;
    }

    /** The command-line name: {@code bootstrap} or {@code certificate}. */
    public String key() {
        return key;
    }

    /** The JSON {@code interval_method} value. */
    public String json() {
        return json;
    }

    /** The method named {@code key}. */
    public static IntervalMethod fromKey(String key) {
        for (IntervalMethod m : values()) {
            if (m.key.equals(key.toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown interval method '" + key + "': expected bootstrap or certificate");
    }
}
