package relax.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import relax.core.Scenario;
import relax.core.locality.CausalModel;
import relax.lp.polytope.DualRegion;
import relax.lp.polytope.DualVertices;
import relax.scenarios.analysis.DualLaw;

/**
 * {@code relax dual-vertices}: the vertices of the dual feasible region of the minimal-relaxation LP, exactly,
 * classified, and the closed-form law they imply (Chaves et al. 2015, Theorem 1, Table I).
 */
@Command(name = "dual-vertices", mixinStandardHelpOptions = true,
        header = "Vertices of the dual feasible region of a minimal-relaxation LP, exactly, and the closed-form law they imply.",
        description = {"Enumerates exactly the vertices and rays of the dual feasible region of the LP for min MEASURE",
            "given the whole behaviour (Chaves et al. 2015, Corollary 8, eq. (27)), classifies them (zero vertex,",
            "Bell-like vertices in relabelling-symmetry classes, vertices vanishing on every no-signalling",
            "behaviour) and prints the law min MEASURE = max(0, ...) they imply for every behaviour the structure",
            "can produce, signalling or not (Theorem 1). --model x2b in the CHSH scenario is Table I (13 vertices).",
            "See docs/dual-vertices.md.", ""},
        footerHeading = "%nExamples:%n",
        footer = {"  relax dual-vertices --model x2b", "  relax dual-vertices --model a2b --json", "  relax dual-vertices --model comm --formulation l1"},
        exitCodeListHeading = "%nExit codes (with several inputs the largest):%n",
        exitCodeList = {"0:the enumeration finished", "2:invalid option, or an enumeration refused as too large (with its estimated size)", "4:internal error (a bug: please report it)"})
public final class DualVerticesCommand implements Callable<Integer> {
    /** Most strategies materialised for the dual region. */
    static final long STRATEGY_LIMIT = 1 << 16;

    @Spec
    CommandSpec spec;

    @Option(names = {"-m", "--model"}, required = true, paramLabel = "MODEL", description = "Causal structure with a measure: x2b, a2b or comm.")
    String model;

    @Option(names = "--scenario", paramLabel = "S", defaultValue = "2,2,2,2", description = "The scenario mx,my,oa,ob (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--formulation", paramLabel = "F", defaultValue = "lifted",
            description = "Which polyhedron is the dual region: lifted (z and the measure weights x >= 0, sum x <= 1; Table I), "
                    + "projected (its projection onto z) or l1 (Corollary 8 literally, |x|_1 <= 1) (default: ${DEFAULT-VALUE}).")
    String formulation;

    @Option(names = "--json", description = "One JSON object: {\"vertices\": [...], \"classes\": [...], \"law\": {...}, ...}; exact values as strings.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No progress output.")
    boolean quiet;

    @Mixin
    PolytopeOptions engine;

    @Override
    public Integer call() {
        CausalModel m = CausalModel.fromKey(model);
        Scenario s = Scenario.parse(scenario);
        DualRegion.Formulation f = DualRegion.Formulation.fromKey(formulation);
        StatusLine progress = StatusLine.forTerminal(spec.commandLine().getErr(), quiet);
        long t0 = System.nanoTime();
        DualRegion region = DualLaw.region(m, s, STRATEGY_LIMIT);
        DualVertices d = DualVertices.of(region, f, engine.options(progress.enumeration("dual region")));
        progress.done();
        double seconds = (System.nanoTime() - t0) / 1e9;
        String check = "";
        if (engine.crossCheck()) {
            DualVertices other = DualVertices.of(region, f, engine.lrsOptions());
            if (!sameVertices(d, other)) {
                spec.commandLine().getErr().println("relax: internal error: the java engine and lrs disagree on the vertices of this region "
                        + "(" + d.vertices().size() + " and " + other.vertices().size() + "); please report it");
                return ExitCode.INTERNAL_ERROR;
            }
            check = "lrs agrees";
        }
        DualLaw.Law law = DualLaw.of(m.measure(), d);
        PrintWriter w = spec.commandLine().getOut();
        DualVerticesReport report = new DualVerticesReport(m, law, engine.engine, seconds, check);
        if (json) {
            w.println(report.json());
        } else {
            report.print(w);
        }
        w.flush();
        return ExitCode.OPTIMAL;
    }

    private static boolean sameVertices(DualVertices a, DualVertices b) {
        List<List<Object>> x = a.vertices().stream().map(p -> List.<Object>of(Arrays.asList(p.z()), Arrays.asList(p.x()))).sorted(
                java.util.Comparator.comparing(Object::toString)).toList();
        List<List<Object>> y = b.vertices().stream().map(p -> List.<Object>of(Arrays.asList(p.z()), Arrays.asList(p.x()))).sorted(
                java.util.Comparator.comparing(Object::toString)).toList();
        return x.equals(y) && a.enumeration().rays().size() == b.enumeration().rays().size();
    }
}
