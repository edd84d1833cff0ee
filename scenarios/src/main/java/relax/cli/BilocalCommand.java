package relax.cli;

import relax.lp.engine.SolveOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import relax.core.Behaviour;
import relax.core.InvalidBehaviourException;
import relax.core.Scenario;
import relax.core.Signalling;
import relax.lp.network.BilocalitySearch;
import relax.lp.network.BilocalityResult;
import relax.lp.network.NonBilocality;
import relax.scenarios.io.BehaviourFile;

/** {@code relax bilocal}: the minimum non-bilocality M_BL of entanglement-swapping behaviours. */
@Command(name = "bilocal", mixinStandardHelpOptions = true,
        description = {"Minimum non-bilocality M_BL (Chaves et al. 2015, eq. 46) of behaviours of the",
                "entanglement-swapping network A <- L1 -> B <- L2 -> C (Fig. 1f).",
                "Files: \"inputs\": [mx, 1, mz] (Bob has no input), p[x][0][z][a][b][c].",
                "Finds the free parameters nu of Alice's strategy marginal (eq. 48) and",
                "their ranges (LPs 57-58), then minimises M_BL(nu) by branch and bound",
                "with exactly verified lower bounds. M_BL = 0 comes with an explicit",
                "bilocal model. For inputs [2,1,2] and outputs [2,4,2] the bilocality",
                "quantity B = sqrt|I| + sqrt|J| (eqs. 59-60) is shown too.",
                "--method applies to the first step: is p reproducible by the network at all?"})
public final class BilocalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "One JSON object per line per file instead of text.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No progress output on long runs.")
    boolean quiet;

    @Option(names = "--resolution", paramLabel = "EPS", defaultValue = "1e-4",
            description = "Stop when the best M_BL found is within EPS of the certified lower bound (default: ${DEFAULT-VALUE}).")
    double resolution;

    @Option(names = "--max-lps", paramLabel = "N", defaultValue = "20000",
            description = "LP budget of the search; if it runs out the bracket [lower bound, value] is reported unconverged (default: ${DEFAULT-VALUE}).")
    int maxLps;

    @Option(names = "--threads", paramLabel = "N", description = "Parameter boxes solved in parallel (default: all cores).")
    Integer threads;

    @Mixin
    SolverOptions solver;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Behaviour files (JSON: inputs [mx,1,mz], outputs [oa,ob,oc], p[x][0][z][a][b][c]).")
    List<Path> files;

    @Override
    public Integer call() {
        if (!(resolution > 0) || resolution > 1) {
            throw new IllegalArgumentException("--resolution must be in (0, 1], got " + resolution);
        }
        if (maxLps < 1) {
            throw new IllegalArgumentException("--max-lps must be at least 1, got " + maxLps);
        }
        if (threads != null && threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
        }
        SolveOptions options = solver.relaxationOptions()
                .withResolution(resolution).withLpBudget(maxLps)
                .withThreads(threads == null ? Runtime.getRuntime().availableProcessors() : threads);
        StatusLine progress = StatusLine.forTerminal(spec.commandLine().getErr(), quiet);
        int exit = ExitCode.OPTIMAL;
        for (Path file : files) {
            exit = Math.max(exit, analyse(file, options, progress));
        }
        return exit;
    }

    /** Reads, checks and solves one file, prints its report; returns its exit code. */
    private int analyse(Path file, SolveOptions options, StatusLine progress) {
        PrintWriter out = spec.commandLine().getOut();
        Behaviour p;
        try {
            p = BehaviourFile.read(file, solver.tolerance);
            new NonBilocality(p);
        } catch (InvalidBehaviourException | IllegalArgumentException e) {
            String message = e instanceof InvalidBehaviourException ? e.getMessage() : file + ": " + e.getMessage();
            if (json) {
                out.println(InvalidInputJson.line(file.toString(), null, null, message));
                out.flush();
            } else {
                spec.commandLine().getErr().println("relax: " + message);
            }
            return ExitCode.INVALID;
        }
        Optional<Signalling> signal = signalling(p, solver.tolerance);
        if (signal.isPresent()) {
            String why = "no classical model of the network reproduces p: " + signal.get().describe() + ", which the network forbids";
            out.println(json ? BilocalReport.messageJson(file.toString(), "infeasible", why) : file + "\n  result      infeasible: " + why);
            out.flush();
            return ExitCode.INFEASIBLE;
        }
        BilocalityResult r = BilocalitySearch.run(p, options.withProgress(progress.listener(file.toString())));
        progress.done();
        double resolution = options.resolution();
        out.println(json ? BilocalReport.json(file.toString(), p, r, resolution) : BilocalReport.text(file.toString(), p, r, resolution));
        out.flush();
        return ExitCode.of(r.status());
    }

    /**
     * In the network every party's marginal is independent of the others' inputs: Alice's of z, Charlie's
     * of x, Bob's of both. The first violation beyond the tolerance, if any.
     */
    static Optional<Signalling> signalling(Behaviour p, double tolerance) {
        Scenario s = p.scenario();
        for (int party = 0; party < s.parties(); party++) {
            Optional<Signalling> signal = p.signallingTo(party, tolerance);
            if (signal.isPresent()) {
                return signal;
            }
        }
        return Optional.empty();
    }
}
