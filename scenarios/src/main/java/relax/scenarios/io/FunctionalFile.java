package relax.scenarios.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.InvalidBehaviourException;
import relax.core.NearestDouble;
import relax.core.Scenario;
import relax.scenarios.functional.BellExpression;
import relax.scenarios.functional.BellFunctional;

/**
 * A user's own Bell functional F(p) = Σ_j f_j p_j + c in a JSON file:
 * <pre>
 *   {"name": "my-inequality", "inputs": [2,2], "outputs": [2,2],
 *    "coefficients": f[x1]..[xN][a1]..[aN], "constant": c, "bound": b}
 * </pre>
 * The coefficients are nested exactly like the probabilities of a behaviour file, in the canonical order or
 * the one an {@code "order"} key names. "inputs"/"outputs" may be left out when the scenario is given
 * separately (e.g. {@code --scenario 2,2,2,2}); "name", "constant" (default 0), "bound" (the functional's
 * bound, if known) and "description" are optional. Numbers are read exactly as written
 * ({@link BellFunctional#exactCoefficients()}): a JSON number, or a string holding a decimal or a fraction.
 */
public final class FunctionalFile {
    private FunctionalFile() {
    }

    /**
     * Reads a functional file.
     *
     * @param scenario the scenario named on the command line, or null to take it from the file
     * @throws InvalidBehaviourException with a one-line message beginning with the file name
     */
    public static BellFunctional read(Path file, Scenario scenario) {
        String text = InputText.read(file);
        String name = TerminalText.safe(file.toString());
        try {
            return parse(text, scenario, TerminalText.excerpt(String.valueOf(file.getFileName()).replaceFirst("\\.json$", ""), 200));
        } catch (InvalidBehaviourException e) {
            throw new InvalidBehaviourException(name + ": " + e.getMessage());
        }
    }

    /** Parses a functional from JSON text; {@code defaultName} is used when the file has no "name". */
    public static BellFunctional parse(String text, Scenario scenario, String defaultName) {
        ObjectNode root = JsonText.object(text, "\"coefficients\" (and \"inputs\", \"outputs\" unless --scenario is given)");
        Scenario s = scenario;
        if (scenario == null && !root.has("inputs") && !root.has("outputs")) {
            throw new InvalidBehaviourException("no scenario: give \"inputs\" and \"outputs\" in the file or --scenario mx,my,oa,ob");
        }
        if (root.has("inputs") || root.has("outputs")) {
            Scenario inFile = BehaviourFile.scenario(root);
            if (scenario != null && !scenario.equals(inFile)) {
                throw new InvalidBehaviourException("the file is for scenario " + inFile + " but --scenario says " + scenario);
            }
            s = inFile;
        }
        JsonNode table = root.get("coefficients");
        if (table == null) {
            throw new InvalidBehaviourException(JsonText.missing(root, "coefficients", "one coefficient per probability, nested as coefficients[x1]..[xN][a1]..[aN]"));
        }
        IndexOrder order = IndexOrder.canonical(s.parties());
        JsonNode o = root.get("order");
        if (o != null && !o.isNull()) {
            order = IndexOrder.parse(o.isTextual() ? o.asText() : o.toString(), s.parties());
        }
        BigFraction[] f = new BigFraction[s.size()];
        NestedTable.read(table, "coefficients", s, order, (v, path, i) -> f[i] = ExactNumber.of(v, path, "a coefficient"));
        boolean zero = true;
        for (BigFraction v : f) {
            zero &= v.getNumerator().signum() == 0;
        }
        if (zero) {
            throw new InvalidBehaviourException("every coefficient is 0: the functional does not depend on the behaviour");
        }
        String name = JsonText.text(root, "name", 200);
        BigFraction constant = number(root, "constant");
        BigFraction bound = number(root, "bound");
        String description = JsonText.text(root, "description", JsonText.MAX_STRING_CHARS);
        String formula = BellExpression.format(s, f) + (description.isEmpty() ? "" : " (" + description + ")");
        return BellFunctional.exact(name.isEmpty() ? defaultName : name, s, f, constant == null ? BigFraction.ZERO : constant,
                bound == null ? Double.NaN : NearestDouble.of(bound), root.has("bound") ? "as stated in the file" : "", formula, "user file");
    }

    /** The exact number under {@code key}, or null if absent. */
    private static BigFraction number(JsonNode root, String key) {
        JsonNode n = root.get(key);
        return n == null || n.isNull() ? null : ExactNumber.of(n, "\"" + key + "\"", "a number");
    }
}
