package relax.scenarios.io;

import relax.scenarios.functional.BellFunctional;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import relax.core.InvalidBehaviourException;
import relax.core.Scenario;

/**
 * A user's own Bell functional F(p) = Σ_j f_j p_j + c in a JSON file:
 * <pre>
 *   {"name": "my-inequality", "inputs": [2,2], "outputs": [2,2],
 *    "coefficients": f[x1]..[xN][a1]..[aN], "constant": c, "bound": b}
 * </pre>
 * The coefficients are nested exactly like the probabilities of a behaviour file. "inputs"/"outputs" may
 * be left out when the scenario is given separately (e.g. {@code --scenario 2,2,2,2}); "name", "constant"
 * (default 0), "bound" (the functional's bound, if known) and "description" are optional.
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
        String text = BehaviourFile.readText(file);
        try {
            return parse(text, scenario, file.getFileName().toString().replaceFirst("\\.json$", ""));
        } catch (InvalidBehaviourException e) {
            throw new InvalidBehaviourException(file + ": " + e.getMessage());
        }
    }

    /** Parses a functional from JSON text; {@code defaultName} is used when the file has no "name". */
    public static BellFunctional parse(String text, Scenario scenario, String defaultName) {
        JsonNode root = BehaviourFile.object(text, "\"coefficients\" (and \"inputs\", \"outputs\" unless --scenario is given)");
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
        double[] f = BehaviourFile.entries(root, "coefficients", "one coefficient per probability", s);
        boolean zero = true;
        for (double v : f) {
            zero &= v == 0;
        }
        if (zero) {
            throw new InvalidBehaviourException("every coefficient is 0: the functional does not depend on the behaviour");
        }
        String name = BehaviourFile.text(root, "name");
        return new BellFunctional(name.isEmpty() ? defaultName : name, s, f, number(root, "constant", 0), number(root, "bound", Double.NaN),
                root.has("bound") ? "as stated in the file" : "", BehaviourFile.text(root, "description"), "user file");
    }

    private static double number(JsonNode root, String key, double absent) {
        JsonNode n = root.get(key);
        if (n == null || n.isNull()) {
            return absent;
        }
        if (!n.isNumber()) {
            throw new InvalidBehaviourException("\"" + key + "\" = " + n + " is not a number");
        }
        return n.asDouble();
    }
}
