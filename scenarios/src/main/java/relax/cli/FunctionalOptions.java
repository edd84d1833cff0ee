package relax.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import relax.core.Scenario;
import relax.scenarios.analysis.FunctionalConstraints;
import relax.scenarios.functional.BellFunctional;
import relax.scenarios.io.ExactNumber;
import relax.scenarios.io.FunctionalFile;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * The functional mode of {@code relax influence} and {@code relax md}, one option set with one default: only the value
 * V of a Bell functional F is known, and the models' behaviour must be normalised, have F = V and — unless
 * {@code --allow-signalling} — be non-signalling.
 */
public final class FunctionalOptions {
    @Option(names = "--functional", paramLabel = "NAME", description = "Functional mode with a built-in functional: " + BellFunctional.NAMES
            + "; plain cglmp takes d from --scenario 2,2,d,d.")
    String functional;

    @Option(names = "--functional-file", paramLabel = "F.json",
            description = "Functional mode with your own functional: JSON with \"inputs\", \"outputs\", \"coefficients\" nested like p, optional \"constant\" and \"name\".")
    Path functionalFile;

    @Option(names = "--value", paramLabel = "V",
            description = "Functional mode: the value F(p) = V the models' behaviour must have, taken exactly as written (0.1 is 1/10; \"1/3\" works).")
    String value;

    @Option(names = "--scenario", paramLabel = "S",
            description = "Functional mode: the scenario m1,..,mN,o1,..,oN (e.g. 3,3,2,2); checked against the functional's own.")
    String scenario;

    @Option(names = "--no-signalling", description = "Functional mode: the behaviour must be non-signalling (the default; the output lists the conditions imposed).")
    boolean noSignalling;

    @Option(names = "--allow-signalling", description = "Functional mode: impose only normalisation and F = V.")
    boolean allowSignalling;

    /** Whether any functional-mode option was given. */
    boolean given() {
        return functional != null || functionalFile != null || value != null || scenario != null || noSignalling || allowSignalling;
    }

    /** Whether no-signalling is imposed. */
    boolean imposesNoSignalling() {
        return !allowSignalling;
    }

    /**
     * The functional F, checked: exactly one of --functional and --functional-file, a --value, at most one of
     * --no-signalling and --allow-signalling, and the scenario (if given) that of F.
     *
     * @throws IllegalArgumentException with a one-line message otherwise
     */
    BellFunctional read() {
        if (functional != null && functionalFile != null) {
            throw new IllegalArgumentException("give either --functional or --functional-file, not both");
        }
        if (functional == null && functionalFile == null) {
            throw new IllegalArgumentException("functional mode needs --functional NAME or --functional-file F.json (with --value V)");
        }
        if (value == null) {
            throw new IllegalArgumentException("functional mode needs --value V, the value of the functional");
        }
        if (noSignalling && allowSignalling) {
            throw new IllegalArgumentException("give either --no-signalling or --allow-signalling, not both");
        }
        Scenario s = scenario == null ? null : Scenario.parse(scenario);
        BellFunctional f = functional != null ? FunctionalConstraints.named(functional, s) : FunctionalFile.read(functionalFile, s);
        if (s != null && !s.equals(f.scenario())) {
            throw new IllegalArgumentException(f.name() + " is defined on scenario " + f.scenario() + ", not " + s);
        }
        return f;
    }

    /** The value V exactly as written (after {@link #read}); a value that is not a finite number is invalid input. */
    BigFraction value() {
        return ExactNumber.parse(value, "--value", "a number");
    }

    /** The value as the user wrote it, for the report's first line. */
    String written() {
        return Main.oneLine(value);
    }
}
