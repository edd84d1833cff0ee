package relax.scenarios.reproduce.microstate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import relax.core.Numbers;
import relax.scenarios.microstate.Audit;
import relax.scenarios.microstate.Auditor;
import relax.scenarios.microstate.ModelFile;
import relax.scenarios.microstate.Surd;
import relax.scenarios.microstate.Verdict;

/** The shipped model files (in the jar as {@code relax/examples/NAME}), audited, and the markdown they share. */
final class Models {
    private Models() {
    }

    /** The audit of the shipped model {@code name}, e.g. {@code microstate-escape.json}. */
    static Audit audit(String name) throws IOException {
        try (InputStream in = Models.class.getResourceAsStream("/relax/examples/" + name)) {
            if (in == null) {
                throw new IOException("the shipped model " + name + " is missing from the jar");
            }
            return Auditor.audit(ModelFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
    }

    /** Exact value and decimal, e.g. {@code 1/4*sqrt(2) = 0.3535533906}. */
    static String exact(Surd v) {
        String d = Numbers.format(v.doubleValue());
        return v.toString().equals(d) ? "`" + d + "`" : "`" + v + "` = " + d;
    }

    /** A markdown table of every property's verdict and largest violation. */
    static String verdicts(Audit a) {
        StringBuilder s = new StringBuilder("| property | source | verdict | largest violation |\n|---|---|---|---|\n");
        for (Verdict v : a.verdicts()) {
            s.append("| ").append(v.property().title()).append(" | ").append(v.property().source()).append(" | ")
                    .append(v.holds() ? "holds" : "**violated**").append(" | ").append(v.holds() ? "0" : exact(v.violation())).append(" |\n");
        }
        return s.toString();
    }

    static String f(double v) {
        return String.format(Locale.ROOT, "%.10f", v);
    }
}
