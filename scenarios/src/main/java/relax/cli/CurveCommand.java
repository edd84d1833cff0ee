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
@Command(name = "curve", mixinStandardHelpOptions = true, modelTransformer = CurveCommand.Help.class, sortOptions = false,
        header = "Sweeps one of the paper's curves (a family of LPs) and writes its data and plots.",
        description = {"Sweeps the LPs behind one of the paper's curves, writes NAME.csv (series,x,y,certified), NAME.png, NAME.svg and NAME.pdf into the "
            + "directory given by --out, and prints what the sweep shows. Files of an earlier run there are replaced (the output says "
            + "which); they are written in full first and then moved in, so the directory never holds a half-written file.", ""},
        footerHeading = "%nExamples:%n",
        footer = {"  relax curve i3322", "  relax curve chsh-x2b --points 101 --out figures"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the curve was computed and written", "2:invalid option, or --out cannot be written",
                "3:an LP of the sweep could not be solved", "4:internal error (a bug: please report it)"})
public final class CurveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "The curve (listed above).")
    String name;

    @Option(names = "--points", paramLabel = "N", defaultValue = "41", description = "Points per swept series, 2 to 2001 (default: ${DEFAULT-VALUE}).")
    int points;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "curves", description = "Directory for the files, created if missing (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @Mixin
    SolverOptions solver;

    @Mixin
    SolverOptions.MethodOption method;

    @Override
    public Integer call() {
        Curve curve = Curve.named(name);
        if (points < 2 || points > 2001) {
            throw new IllegalArgumentException("--points must be between 2 and 2001, got " + points);
        }
        PrintWriter w = spec.commandLine().getOut();
        OutputDirectory dir = OutputDirectory.open("--out", out, spec.commandLine().getErr());
        try {
            StatusLine progress = StatusLine.forTerminal(spec.commandLine().getErr(), quiet);
            Curve.Result r = curve.compute(points, solver.relaxationOptions(method.method()), progress.bar(name));
            progress.done();
            for (CurveData d : r.plots()) {
                try {
                    d.write(dir.staging());
                } catch (IOException e) {
                    throw new IllegalArgumentException("--out " + out + ": cannot write " + d.id() + " (" + OutputFiles.reason(e) + ")");
                }
            }
            List<String> replaced = dir.publish();
            for (CurveData d : r.plots()) {
                w.println("wrote " + dir.target(d.id() + ".csv") + ", " + dir.target(d.id() + ".png") + ", " + dir.target(d.id() + ".svg") + ", " + dir.target(d.id() + ".pdf"));
            }
            if (!replaced.isEmpty()) {
                w.println(dir.replacedNote(replaced));
            }
            for (String f : r.findings()) {
                w.println("  " + f);
            }
            w.flush();
            return ExitCode.OPTIMAL;
        } finally {
            dir.release();
        }
    }

    /** Lists the curves in the help text, from {@link Curve#all()}. */
    static final class Help extends ListedHelp {
        Help() {
            super("Curves:", () -> Curve.all().stream().map(c -> new String[] {c.id(), c.description()}).toList());
        }
    }
}
