package relax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import relax.scenarios.reproduce.curves.Curve;
import relax.scenarios.reproduce.curves.CurveData;

/** {@code relax curve NAME}: sweeps one of the paper's curves and writes CSV, PNG and SVG. */
@Command(name = "curve", mixinStandardHelpOptions = true, modelTransformer = CurveCommand.Help.class,
        description = {"Sweeps the LPs behind one of the paper's curves; writes OUT/NAME.csv (series,x,y,certified), OUT/NAME.png, .svg and .pdf",
            "and prints what the sweep shows.", ""})
public final class CurveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "The curve (listed above).")
    String name;

    @Option(names = "--points", paramLabel = "N", defaultValue = "41", description = "Points per swept series, 2 to 2001 (default: ${DEFAULT-VALUE}).")
    int points;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "curves", description = "Directory for the files (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @Mixin
    SolverOptions solver;

    @Override
    public Integer call() throws IOException {
        Curve curve = Curve.named(name);
        if (points < 2 || points > 2001) {
            throw new IllegalArgumentException("--points must be between 2 and 2001, got " + points);
        }
        PrintWriter w = spec.commandLine().getOut();
        StatusLine progress = StatusLine.forTerminal(spec.commandLine().getErr(), quiet);
        Curve.Result r = curve.compute(points, solver.relaxationOptions(), progress.bar(name));
        progress.done();
        for (CurveData d : r.plots()) {
            Path csv = d.write(out);
            w.println("wrote " + csv + ", " + out.resolve(d.id() + ".png") + ", " + out.resolve(d.id() + ".svg") + ", " + out.resolve(d.id() + ".pdf"));
        }
        for (String f : r.findings()) {
            w.println("  " + f);
        }
        w.flush();
        return ExitCode.OPTIMAL;
    }

    /** Lists the curves in the help text, from {@link Curve#all()}. */
    static final class Help extends ListedHelp {
        Help() {
            super("Curves:", () -> Curve.all().stream().map(c -> new String[] {c.id(), c.description()}).toList());
        }
    }
}
