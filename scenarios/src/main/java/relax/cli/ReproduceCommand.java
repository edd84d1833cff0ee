package relax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import relax.core.locality.CausalModel;
import relax.lp.engine.SolveOptions;
import relax.lp.solver.LpBackend;
import relax.scenarios.reproduce.bilocality.Figure4Reproduction;
import relax.scenarios.reproduce.bilocality.Figure5Reproduction;
import relax.scenarios.reproduce.bilocality.TernaryReproduction;
import relax.scenarios.reproduce.contextuality.FineTuningReproduction;
import relax.scenarios.reproduce.contextuality.NCycleReproduction;
import relax.scenarios.reproduce.contextuality.PeresMerminReproduction;
import relax.scenarios.reproduce.curves.ChshReproduction;
import relax.scenarios.reproduce.curves.I3322Reproduction;
import relax.scenarios.reproduce.curves.IabReproduction;
import relax.scenarios.reproduce.md.CglmpLaw;
import relax.scenarios.reproduce.md.CglmpMutualInformationFigure;
import relax.scenarios.reproduce.md.GhzMutualInformation;
import relax.scenarios.reproduce.md.SingletMutualInformation;
import relax.scenarios.report.Provenance;
import relax.scenarios.report.Report;
import relax.scenarios.report.Reproduction;
import relax.scenarios.reproduce.microstate.EscapeModelReproduction;
import relax.scenarios.reproduce.microstate.MinimalDependenceReproduction;
import relax.scenarios.reproduce.microstate.PrintedIndependenceReproduction;
import relax.scenarios.reproduce.polytope.EquationTenFacet;
import relax.scenarios.reproduce.polytope.TableOne;
import relax.scenarios.reproduce.polytope.VertexLaw;

/**
 * {@code relax reproduce}: runs every reproduction of a claim of Chaves et al. (2015) and writes {@code report.md}
 * with a summary table and one section per claim, plots beside it.
 */
@Command(name = "reproduce", mixinStandardHelpOptions = true, modelTransformer = ReproduceCommand.Help.class, sortOptions = false,
        header = "Recomputes the paper's claims and writes a report with a summary table, plots and data.",
        description = {"Recomputes the claims of Chaves, Kueng, Brask & Gross 2015 that the engine can check and writes report.md into "
            + "the directory DIR: its provenance, a summary table (claim | paper | engine | verdict: agrees, refines or contradicts, with the proof) and one "
            + "section per claim with its plots (PNG, SVG, PDF) "
            + "and data (CSV) beside it. Every LP optimum in it is certified by an exactly verified dual bound.",
            "Files of an earlier run in DIR are replaced (the output says how many). The new files are written in full first and "
            + "moved in at the end, report.md last, so an interrupted run leaves the previous report intact and its own partial "
            + "output in a directory .relax-partial-* inside DIR.", ""},
        footerHeading = "%nExamples:%n",
        footer = {"  relax reproduce", "  relax reproduce --out /tmp/report --only chsh-x2b,i3322"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every claim was recomputed (whatever its verdict)", "2:invalid option, or --out cannot be written",
                "4:a reproduction failed (a bug: please report it; the report says which)"})
public final class ReproduceCommand implements Callable<Integer> {

    /** The reproductions, in report order. */
    static List<Reproduction> reproductions() {
        return List.of(new ChshReproduction(CausalModel.X_TO_B), new ChshReproduction(CausalModel.A_TO_B),
                new ChshReproduction(CausalModel.COMMUNICATION), new I3322Reproduction(), new IabReproduction(), new SingletMutualInformation(),
                new GhzMutualInformation(), new CglmpLaw(), new CglmpMutualInformationFigure(), new Figure4Reproduction(),
                new Figure5Reproduction(), new TernaryReproduction(), new EscapeModelReproduction(), new PrintedIndependenceReproduction(),
                new MinimalDependenceReproduction(),
                new TableOne(),
                new VertexLaw(CausalModel.A_TO_B),
                new VertexLaw(CausalModel.COMMUNICATION),
                new EquationTenFacet(),
                new PeresMerminReproduction(),
                new NCycleReproduction(),
                new FineTuningReproduction());
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "report", description = "Directory of report.md and the plots (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--only", paramLabel = "ID", split = ",", description = "Run only these reproductions (comma-separated ids, listed above).")
    List<String> only;

    @Option(names = {"-q", "--quiet"}, description = "No progress output.")
    boolean quiet;

    private static final String REPORT = "report.md";

    /** One finished (or failed) reproduction. */
    private record Done(Reproduction reproduction, Reproduction.Section section, double seconds) {
    }

    @Override
    public Integer call() {
        List<Reproduction> chosen = choose();
        OutputDirectory dir = OutputDirectory.open("--out", out, spec.commandLine().getErr());
        try {
            StatusLine progress = StatusLine.forTerminal(spec.commandLine().getErr(), quiet);
            PrintWriter w = spec.commandLine().getOut();
            long start = System.nanoTime();
            List<Done> done = new ArrayList<>();
            boolean failed = false;
            for (Reproduction r : chosen) {
                String prefix = "[" + (done.size() + 1) + "/" + chosen.size() + "] " + r.id() + ": ";
                progress.done();
                progress.status(prefix + r.title());
                long t = System.nanoTime();
                Reproduction.Section s;
                try {
                    s = r.run(dir.staging(), line -> progress.status(prefix + line));
                } catch (IOException | RuntimeException e) {
                    failed = true;
                    String why = e instanceof IOException io ? "cannot write its files (" + OutputFiles.reason(io) + ")"
                            : Main.internalError(e, spec.commandLine().getErr());
                    s = Reproduction.Section.failed(r.title(), why);
                }
                done.add(new Done(r, s, (System.nanoTime() - t) / 1e9));
            }
            progress.done();
            Path staged = dir.staging().resolve(REPORT);
            try {
                Files.writeString(staged, markdown(done, (System.nanoTime() - start) / 1e9));
            } catch (IOException e) {
                throw new IllegalArgumentException("--out " + out + ": cannot write " + REPORT + " (" + OutputFiles.reason(e) + ")");
            }
            List<String> replaced = dir.publish(REPORT);
            w.printf(Locale.ROOT, "wrote %s: %s (see the report)%n", dir.target(REPORT), Report.counts(entries(done)));
            if (!replaced.isEmpty()) {
                w.println(dir.replacedNote(replaced));
            }
            for (Done d : done) {
                w.printf(Locale.ROOT, "  %-11s %-10s %s (%.1f s)%n", d.section().verdict().word(), d.reproduction().id(), d.reproduction().title(),
                        d.seconds());
            }
            w.flush();
            return failed ? ExitCode.INTERNAL_ERROR : ExitCode.OPTIMAL;
        } finally {
            dir.release();
        }
    }

    /** Lists the reproductions' ids in the help text, from {@link #reproductions()}. */
    static final class Help extends ListedHelp {
        Help() {
            super("Reproductions (ids for --only):", () -> reproductions().stream().map(r -> new String[] {r.id(), r.title()}).toList());
        }
    }

    private List<Reproduction> choose() {
        List<Reproduction> all = reproductions();
        if (only == null) {
            return all;
        }
        List<Reproduction> chosen = new ArrayList<>();
        for (String id : only) {
            chosen.add(all.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                    "unknown reproduction '" + id + "': expected one of " + String.join(", ", all.stream().map(Reproduction::id).toList()))));
        }
        return chosen;
    }

    private static String markdown(List<Done> done, double seconds) {
        return Report.markdown(entries(done), Provenance.current(SolveOptions.defaults().backends().stream().map(LpBackend::name).toList()), seconds);
    }

    private static List<Report.Entry> entries(List<Done> done) {
        return done.stream().map(d -> new Report.Entry(d.reproduction(), d.section(), d.seconds())).toList();
    }
}
