package relax.cli;

import relax.lp.engine.Method;
import relax.lp.engine.SolveOptions;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import relax.lp.solver.LpBackend;
import relax.lp.relaxation.Relaxation;
import relax.lp.relaxation.RelaxationResult;
import relax.scenarios.analysis.BenchmarkSuite;

/**
 * {@code relax bench}: times every benchmark case × backend × method side by side in one process, so
 * that ratios are meaningful, and prints one table of medians.
 *
 * <p>Each combination is solved once untimed (JIT and native-library warm-up) and then {@code repeat}
 * times; the table shows the median and the fastest wall time, the value, whether the certificate was
 * verified exactly, master LP solves and strategy columns. A backend is given alone (no fallback), so a
 * failure shows as such. The dense Commons Math reference only runs where the strategy space is small.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        header = "Times the benchmark cases with every LP backend and method and prints one table of median times.",
        description = {"Times the benchmark cases with every LP backend and method in one process and prints one table of median times.",
                "Cases: chsh, 3322, cglmp4, x2b-m4 (--quick) and cglmp8, x2b-m5, x2b-m6, lhv-m10.", ""},
        footerHeading = "%nExamples:%n",
        footer = {"  relax bench --quick", "  relax bench --case x2b-m5 --backend glop,ojalgo --repeat 3"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the table was printed (a failed solve shows as FAILED in it)", "2:invalid option", "4:internal error (a bug: please report it)"})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--quick", description = "Only the quick cases, 3 timed runs each (well under a minute).")
    boolean quick;

    @Option(names = "--repeat", paramLabel = "N", description = "Timed runs per combination (default: 3 with --quick, 5 otherwise).")
    Integer repeat;

    @Option(names = "--backend", paramLabel = "NAMES", split = ",", description = "Backends to time (default: all of ${COMPLETION-CANDIDATES}).",
            completionCandidates = SolverOptions.BackendNames.class)
    List<String> backends;

    @Option(names = "--case", paramLabel = "NAMES", split = ",", description = "Cases to time (default: the whole suite, or the quick part).")
    List<String> cases;

    @Override
    public Integer call() {
        int runs = repeat != null ? repeat : quick ? 3 : 5;
        if (runs < 1) {
            throw new IllegalArgumentException("--repeat must be at least 1, got " + runs);
        }
        List<BenchmarkSuite.Case> selected = new ArrayList<>();
        if (cases != null) {
            cases.forEach(name -> selected.add(BenchmarkSuite.named(name)));
        } else {
            BenchmarkSuite.all().stream().filter(c -> c.quick() || !quick).forEach(selected::add);
        }
        List<LpBackend> solvers = new ArrayList<>();
        (backends != null ? backends : LpBackend.names()).forEach(name -> solvers.add(LpBackend.named(name)));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-8s %-5s %14s %-9s %-7s %10s %10s %-14s %-8s %6s %7s%n", "case", "model", "strategies", "method", "backend", "median s",
                "min s", "value", "verified", "solves", "columns");
        for (BenchmarkSuite.Case c : selected) {
            for (Method method : c.methods()) {
                for (LpBackend backend : solvers) {
                    if (backend.name().equals("commons") && !BenchmarkSuite.commonsCanTime(c, method)) {
                        continue;
                    }
                    out.println(row(c, method, backend, runs));
                    out.flush();
                }
            }
        }
        return ExitCode.OPTIMAL;
    }

    private static String row(BenchmarkSuite.Case c, Method method, LpBackend backend, int runs) {
        SolveOptions options = SolveOptions.defaults().withBackends(List.of(backend)).withMethod(method);
        RelaxationResult last = c.relaxation().solve(options);
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            last = c.relaxation().solve(options);
            seconds[i] = last.diagnostics().timing().total() / 1e9;
        }
        Arrays.sort(seconds);
        double median = runs % 2 == 1 ? seconds[runs / 2] : (seconds[runs / 2 - 1] + seconds[runs / 2]) / 2;
        String value = switch (last.status()) {
            case OPTIMAL -> String.format(Locale.ROOT, "%.10f", last.value());
            case INFEASIBLE -> "infeasible";
            case FAILED -> "FAILED";
        };
        return String.format(Locale.ROOT, "%-8s %-5s %14d %-9s %-7s %10.4f %10.4f %-14s %-8s %6d %7d", c.name(), c.model().key(), c.strategies(),
                method.name().toLowerCase(Locale.ROOT), backend.name(), median, seconds[0], value, last.verified() ? "yes" : "NO", last.diagnostics().lpSolves(),
                last.diagnostics().columns());
    }
}
