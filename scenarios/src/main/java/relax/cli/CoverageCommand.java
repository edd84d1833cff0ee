package relax.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import relax.core.Numbers;
import relax.lp.engine.SolveOptions;
import relax.lp.statistics.FitMethod;
import relax.scenarios.statistics.Coverage;
import relax.scenarios.statistics.IntervalMethod;

/** {@code relax coverage}: the empirical coverage of the confidence intervals, by simulation (docs/statistics.md). */
@Command(name = "coverage", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Empirical coverage of the confidence intervals of --confidence, by simulation from behaviours with known values.",
        description = {"Simulates experiments from behaviours whose measure is known (Werner states, noisy PR boxes, a local behaviour on the CHSH "
                + "facet), analyses each as relax influence --fit l1 --confidence would, and prints how often each interval contained the true "
                + "value at 90, 95 and 99 %% (a Markdown table, with the Monte-Carlo standard error). See docs/statistics.md.", ""},
        footerHeading = "%nExamples:%n",
        footer = {"  relax coverage --experiments 50 --samples 50", "  relax coverage --experiments 200 --samples 100 --runs 1000 --fit-no-signalling"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the table was printed", "2:invalid option", "4:internal error (a bug: please report it)"})
public final class CoverageCommand implements Callable<Integer> {
    private static final double[] LEVELS = {0.90, 0.95, 0.99};

    @Spec
    CommandSpec spec;

    @Option(names = "--experiments", paramLabel = "N", defaultValue = "200", description = "Simulated experiments per behaviour (default: ${DEFAULT-VALUE}).")
    int experiments;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "1000", description = "Runs per setting of every experiment (default: ${DEFAULT-VALUE}).")
    long runs;

    @Option(names = "--samples", paramLabel = "B", defaultValue = "200", description = "Bootstrap replicates per experiment (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--fit", paramLabel = "l1|ml", defaultValue = "l1", description = "How every experiment is fitted (default: ${DEFAULT-VALUE}).")
    String fit;

    @Option(names = "--fit-no-signalling", description = "Fit every experiment onto the no-signalling behaviours of the structure (with --fit l1).")
    boolean noSignalling;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the simulation (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() {
        if (experiments < 1 || experiments > 1_000_000 || samples < 1 || samples > 1_000_000 || runs < 2 || runs > 100_000_000L) {
            throw new IllegalArgumentException("--experiments and --samples must be between 1 and 1000000, --runs between 2 and 100000000");
        }
        FitMethod method = FitMethod.fromKey(fit);
        SolveOptions options = SolveOptions.defaults();
        List<Coverage.Case> cases = Coverage.defaultCases(options);
        PrintWriter out = spec.commandLine().getOut();
        StatusLine line = StatusLine.forTerminal(spec.commandLine().getErr(), quiet);
        relax.scenarios.reproduce.curves.SweepProgress bar = line.bar("simulated experiments");
        int total = experiments * cases.size();
        long start = System.nanoTime();
        if (noSignalling && method != FitMethod.L1) {
            throw new IllegalArgumentException(relax.scenarios.statistics.Fitting.NO_SIGNALLING_ML);
        }
        List<Coverage.Row> rows = Coverage.run(cases, LEVELS, experiments, runs, samples, method, noSignalling, seed, options, n -> {
            synchronized (bar) {
                bar.step(n, total);
            }
        });
        line.done();
        out.printf(Locale.ROOT, "Coverage of the confidence intervals: %d experiments per behaviour, %d runs per setting, %d bootstrap replicates, --fit %s, "
                + "seed %d (%.0f s on %d threads)%n%n", experiments, runs, samples, method.key() + (noSignalling ? " --fit-no-signalling" : ""), seed, (System.nanoTime() - start) / 1e9, options.threads());
        out.println("| behaviour and measure | true value | interval | 90 % | 95 % | 99 % | mean lower end at 95 % |");
        out.println("|---|---|---|---|---|---|---|");
        for (Coverage.Row r : rows) {
            for (IntervalMethod m : IntervalMethod.values()) {
                StringBuilder s = new StringBuilder();
                s.append("| ").append(r.c().name()).append(" | ").append(Numbers.format(r.c().value())).append(" | ").append(m.key()).append(" | ");
                for (int l = 0; l < LEVELS.length; l++) {
                    double c = r.coverage(m, l);
                    double se = Math.sqrt(LEVELS[l] * (1 - LEVELS[l]) / (r.experiments() - r.failures()));
                    s.append(String.format(Locale.ROOT, "%.3f ± %.3f", c, se)).append(" | ");
                }
                s.append(String.format(Locale.ROOT, "%.4f", r.meanLower()[m.ordinal()][1])).append(" |");
                if (r.failures() > 0) {
                    s.append(" (").append(r.failures()).append(" experiments failed)");
                }
                out.println(s);
            }
        }
        out.println();
        out.println("± is the Monte-Carlo standard error sqrt(c(1-c)/N) of a procedure with exact coverage c: a valid interval shows at least c "
                + "within about two of them.");
        out.flush();
        return ExitCode.OPTIMAL;
    }
}
