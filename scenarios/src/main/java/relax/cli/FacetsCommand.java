package relax.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import relax.core.Scenario;
import relax.core.locality.CausalModel;
import relax.lp.polytope.BehaviourPolytope;
import relax.lp.polytope.Polyhedra;
import relax.scenarios.analysis.FacetAnalysis;
import relax.scenarios.functional.BellExpression;
import relax.scenarios.functional.BellFunctional;
import relax.scenarios.io.FunctionalFile;

/**
 * {@code relax facets}: the facets of the polytope of behaviours a causal structure can produce, in symmetry
 * classes, or with {@code --through} the facets that contain the face of one inequality (Chaves et al. 2015,
 * eq. (10) and the PORTA remarks around it).
 */
@Command(name = "facets", mixinStandardHelpOptions = true,
        header = "Facets of the polytope of behaviours a causal structure can produce, in symmetry classes.",
        description = {"The facets of the polytope of behaviours the causal structure MODEL can produce (the convex hull",
            "of its deterministic behaviours; the local polytope for lhv), in classes under the relabellings that",
            "map it onto itself, each printed as EXPRESSION <= 0 on normalised behaviours.",
            "With --through INEQ: whether INEQ is valid, the deterministic behaviours it is tight on and their",
            "affine dimension, whether it is a facet, and the facets that contain its face (fast where the full",
            "list is too large, e.g. a2b in 3,3,2,2). INEQ is a built-in functional with its bound (chsh, chsh[stf],",
            "i3322, iab, ...) or a functional file F.json with \"bound\"; NAME<=B or F.json<=B gives another bound.",
            "See docs/dual-vertices.md.", ""},
        footerHeading = "%nExamples:%n",
        footer = {"  relax facets --model lhv", "  relax facets --model lhv --scenario 3,3,2,2", "  relax facets --model a2b --scenario 3,3,2,2 --through iab"},
        exitCodeListHeading = "%nExit codes (with several inputs the largest):%n",
        exitCodeList = {"0:the enumeration finished", "2:invalid option, or an enumeration refused as too large (with its estimated size)", "4:internal error (a bug: please report it)"})
public final class FacetsCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Option(names = {"-m", "--model"}, required = true, paramLabel = "MODEL", description = "Causal structure: lhv, x2b, a2b or comm.")
    String model;

    @Option(names = "--scenario", paramLabel = "S", defaultValue = "2,2,2,2", description = "The scenario mx,my,oa,ob (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--through", paramLabel = "INEQ", description = "Only the facets through the face of this inequality (see above).")
    String through;

    @Option(names = "--list", description = "Print every facet, not only one per class.")
    boolean list;

    @Option(names = "--json", description = "One JSON object; exact coefficients as strings.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No progress output.")
    boolean quiet;

    @Mixin
    PolytopeOptions engine;

    @Override
    public Integer call() {
        CausalModel m = CausalModel.fromKey(model);
        Scenario s = Scenario.parse(scenario);
        StatusLine progress = StatusLine.forTerminal(spec.commandLine().getErr(), quiet);
        Polyhedra.Options options = engine.options(progress.enumeration("facets"));
        long t0 = System.nanoTime();
        BehaviourPolytope p = FacetAnalysis.polytope(m, s);
        PrintWriter w = spec.commandLine().getOut();
        ObjectNode root = JSON.createObjectNode();
        root.put("model", m.key());
        root.put("scenario", s.toString());
        root.put("deterministic_behaviours", p.vertices().size());
        root.put("dimension", p.dimension());
        if (!json) {
            w.printf("polytope of %s behaviours (%s), scenario %s: %d distinct deterministic behaviours, dimension %d%n", m.key(), m.title(), s,
                    p.vertices().size(), p.dimension());
        }
        if (through != null) {
            if (options.backend() != Polyhedra.Backend.JAVA || engine.crossCheck()) {
                throw new IllegalArgumentException("--through runs on the java engine only (lrs has no face-restricted enumeration)");
            }
            Inequality spec = inequality(s);
            FacetAnalysis.Face face = FacetAnalysis.face(p, spec.functional(), spec.bound(), options);
            progress.done();
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (json) {
                faceJson(root, face);
                root.put("seconds", seconds);
                w.println(root);
            } else {
                printFace(w, face, p, seconds);
            }
            w.flush();
            return ExitCode.OPTIMAL;
        }
        FacetAnalysis.Facets facets = FacetAnalysis.facets(p, options);
        progress.done();
        String check = "";
        if (engine.crossCheck()) {
            if (!Polyhedra.facets(p.representation(), engine.lrsOptions()).equals(facets.facets().facets())) {
                spec.commandLine().getErr().println("relax: internal error: the java engine and lrs disagree on the facets of this polytope; please report it");
                return ExitCode.INTERNAL_ERROR;
            }
            check = "; lrs agrees";
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (json) {
            facetsJson(root, facets);
            root.put("engine", engine.engine);
            root.put("cross_check", check.isEmpty() ? "" : "lrs agrees");
            root.put("seconds", seconds);
            w.println(root);
        } else {
            w.printf("  facets       %d in %d class%s; %d affine-hull equations; symmetries: %d of the %d relabellings%n",
                    facets.facets().facets().inequalities().size(), facets.classes().size(), facets.classes().size() == 1 ? "" : "es",
                    facets.facets().facets().equations().size(),
                    p.symmetries().order(), p.symmetries().candidates());
            printClasses(w, facets, "    ");
            if (list) {
                printAll(w, facets);
            }
            w.printf(Locale.ROOT, "  engine       %s, %.2f s%s%n", engine.engine, seconds, check);
        }
        w.flush();
        return ExitCode.OPTIMAL;
    }

    /** An inequality F(p) ≤ bound named on the command line. */
    private record Inequality(BellFunctional functional, double bound) {
    }

    /** Parses INEQ: NAME, NAME<=B, FILE.json or FILE.json<=B. */
    private Inequality inequality(Scenario s) {
        String text = through.strip();
        Double bound = null;
        int le = text.indexOf("<=");
        if (le >= 0) {
            try {
                bound = Double.parseDouble(text.substring(le + 2).strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--through " + through + ": the bound after <= must be a number, e.g. iab<=4");
            }
            text = text.substring(0, le).strip();
        }
        BellFunctional f;
        if (text.endsWith(".json") || Files.exists(Path.of(text))) {
            f = FunctionalFile.read(Path.of(text), s);
        } else {
            f = BellFunctional.named(text);
        }
        double b = bound != null ? bound : f.bound();
        if (!Double.isFinite(b)) {
            throw new IllegalArgumentException("--through " + through + ": " + f.name() + " has no bound; write it as " + text + "<=B");
        }
        return new Inequality(f, b);
    }

    private static void printClasses(PrintWriter w, FacetAnalysis.Facets facets, String indent) {
        for (int c = 0; c < facets.classes().size(); c++) {
            FacetAnalysis.FacetClass k = facets.classes().get(c);
            w.printf("%sclass %d: %d facet%s, e.g. %s%n", indent, c + 1, k.size(), k.size() == 1 ? "" : "s", k.expression());
        }
    }

    private static void printAll(PrintWriter w, FacetAnalysis.Facets facets) {
        for (int i = 0; i < facets.facets().facets().inequalities().size(); i++) {
            w.printf("    %4d  class %d  %s%n", i + 1, facets.facets().classOf()[i] + 1, facets.expression(i));
        }
    }

    private void printFace(PrintWriter w, FacetAnalysis.Face f, BehaviourPolytope p, double seconds) {
        BehaviourPolytope.Face face = f.face();
        w.printf("  inequality   %s: %s <= %s%s%n", f.functional().name(), f.functional().formula().isEmpty() ? "(from file)" : f.functional().formula(),
                BellExpression.fraction(f.bound()), f.functional().source().isEmpty() ? "" : " (" + f.functional().source() + ")");
        w.printf("  valid        %s: the maximum over the deterministic behaviours is %s%n", face.valid() ? "yes" : "NO", BellExpression.fraction(f.maximum()));
        if (!face.valid()) {
            w.printf(Locale.ROOT, "  engine       java, %.2f s%n", seconds);
            return;
        }
        w.printf("  tight        %d deterministic behaviours, spanning an affine subspace of dimension %d%n", face.tight(), face.dimension());
        w.printf("  verdict      %s%n", face.facet() ? "a facet (its face has dimension " + face.dimension() + " = " + face.polytopeDimension() + " - 1)"
                : "not a facet: its face has dimension " + face.dimension() + ", a facet of this " + face.polytopeDimension()
                        + "-dimensional polytope has dimension " + (face.polytopeDimension() - 1));
        FacetAnalysis.Facets t = f.through();
        w.printf("  facets through it: %d in %d class%s (classes under the polytope's %d symmetries)%n", t.facets().facets().inequalities().size(),
                t.classes().size(), t.classes().size() == 1 ? "" : "es", p.symmetries().order());
        printClasses(w, t, "    ");
        if (list) {
            printAll(w, t);
        }
        w.printf(Locale.ROOT, "  engine       java, %.2f s%n", seconds);
    }

    private void facetsJson(ObjectNode root, FacetAnalysis.Facets facets) {
        root.put("symmetries", facets.polytope().symmetries().order());
        root.put("relabellings", facets.polytope().symmetries().candidates());
        ArrayNode list = root.putArray("facets");
        for (int i = 0; i < facets.facets().facets().inequalities().size(); i++) {
            relax.lp.polytope.Inequality q = facets.facets().facets().inequalities().get(i);
            ObjectNode o = list.addObject();
            o.put("class", facets.facets().classOf()[i] + 1);
            o.put("expression", facets.expression(i));
            ArrayNode a = o.putArray("coefficients");
            for (java.math.BigInteger c : q.normal()) {
                a.add(c.toString());
            }
            o.put("bound", q.bound().toString());
        }
        ArrayNode classes = root.putArray("classes");
        for (int c = 0; c < facets.classes().size(); c++) {
            FacetAnalysis.FacetClass k = facets.classes().get(c);
            ObjectNode o = classes.addObject();
            o.put("class", c + 1);
            o.put("size", k.size());
            o.put("expression", k.expression());
            o.put("contains", k.name());
        }
        ArrayNode eq = root.putArray("equations");
        for (relax.lp.polytope.Inequality q : facets.facets().facets().equations()) {
            ArrayNode a = eq.addArray();
            for (java.math.BigInteger c : q.normal()) {
                a.add(c.toString());
            }
            a.add(q.bound().toString());
        }
    }

    private void faceJson(ObjectNode root, FacetAnalysis.Face f) {
        BehaviourPolytope.Face face = f.face();
        ObjectNode o = root.putObject("through");
        o.put("functional", f.functional().name());
        o.put("bound", DualVerticesReport.exact(f.bound()));
        o.put("valid", face.valid());
        o.put("maximum", BellExpression.fraction(f.maximum()));
        o.put("tight", face.tight());
        o.put("face_dimension", face.dimension());
        o.put("facet", face.facet());
        if (f.through() != null) {
            facetsJson(root, f.through());
        }
    }
}
