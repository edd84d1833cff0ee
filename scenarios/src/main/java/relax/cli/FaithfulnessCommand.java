package relax.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import relax.lp.engine.Status;
import relax.core.contextuality.CausalGraph;
import relax.core.contextuality.CompatibilityBehaviour;
import relax.scenarios.analysis.FaithfulnessAnalysis;
import relax.scenarios.io.ContextualityFile;
import relax.scenarios.io.StructureFile;

/** {@code relax faithfulness}: which no-signalling / no-disturbance independences of a behaviour hold only by fine-tuning in a causal graph. */
@Command(name = "faithfulness", mixinStandardHelpOptions = true,
        header = "Which independences of a behaviour hold only by fine-tuning in a causal graph (Pearl & Cavalcanti, Def. 4).",
        description = {"Which no-signalling / no-disturbance independences of a behaviour hold only by fine-tuning in a causal graph.",
            "Lists the no-disturbance (in Bell scenarios: no-signalling) conditional independences (A_g _||_ X_not-g | X_g) of "
                + "Pearl & Cavalcanti, eq. (8), for every set g of slots, and says for each whether it holds in the behaviour (within "
                + "--tolerance) and whether the causal graph d-separates it; one that holds but is not d-separated holds only by "
                + "fine-tuning (Def. 4.1).",
            "Graphs: --model lhv, x2b, a2b, comm (Chaves et al. 2015, Fig. 1a-d; the shipped structures), md (measurement dependence, "
                + "lambda -> X), canonical (Pearl & Cavalcanti, Fig. 1: Omega -> X_i -> A_i <- Lambda), context (every X_j -> A_i); or "
                + "--structure S.json. Slot i of the behaviour is the graph's i-th setting and outcome.",
            "Exit code 0 (a report), 2 for invalid input. See docs/contextuality.md."},
        footerHeading = "%nExamples:%n",
        footer = {"  relax faithfulness --model x2b scenarios/examples/tsirelson.json", "  relax faithfulness --model canonical scenarios/examples/peres-mermin.json"},
        exitCodeListHeading = "%nExit codes (with several inputs the largest):%n",
        exitCodeList = {"0:a report for every input", "2:invalid input or option", "4:internal error (a bug: please report it)"})
public final class FaithfulnessCommand implements Callable<Integer> {
    static final List<String> MODELS = List.of("lhv", "x2b", "a2b", "comm", "md", "canonical", "context");

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Graph graph;

    /** Exactly one of --model and --structure. */
    static final class Graph {
        @Option(names = {"-m", "--model"}, paramLabel = "MODEL", description = "lhv, x2b, a2b, comm, md, canonical or context.")
        String model;

        @Option(names = "--structure", paramLabel = "S.json", description = "A structure file (docs/causal-structures.md) or a shipped structure's name.")
        String structure;
    }

    @Option(names = "--tolerance", paramLabel = "TOL", defaultValue = "1e-9",
            description = "An independence holds in the behaviour when its largest deviation is at most this; also the normalisation tolerance (default: ${DEFAULT-VALUE}).")
    double tolerance;

    @Option(names = "--json", description = "One JSON object per line per file instead of text.")
    boolean json;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Behaviour files or contextuality files.")
    List<Path> files;

    @Override
    public Integer call() {
        SolverOptions.checkTolerance(tolerance);
        Records records = new Records(spec.commandLine().getOut(), spec.commandLine().getErr(), json, false, "graph",
                graph.model != null ? graph.model : graph.structure);
        for (Path file : files) {
            records.guard(file.toString(), "behaviour", () -> {
                CompatibilityBehaviour p = ContextualityFile.readAny(file, tolerance);
                FaithfulnessAnalysis.Outcome o = FaithfulnessAnalysis.run(p, graph(p.scenario().slots()), tolerance);
                records.solved(json ? FaithfulnessReport.json(file.toString(), o) : FaithfulnessReport.text(Main.oneLine(file.toString()), o),
                        Status.OPTIMAL);
                return null;
            });
        }
        return records.exit();
    }

    /** The graph asked for, with {@code slots} settings and outcomes where the graph is built here. */
    private CausalGraph graph(int slots) {
        if (graph.structure != null) {
            return CausalGraph.of(graph.structure, StructureFile.load(graph.structure, tolerance).structure());
        }
        return graph(graph.model, slots, tolerance);
    }

    /**
     * The graph of {@code model} (one of {@link #MODELS}): lhv, x2b, a2b and comm are the shipped structures of Chaves
     * et al. 2015, Fig. 1a-d (their settings and outcomes fix the slots); md, canonical and context are built here with
     * {@code slots} slots. Also the graph of the faithfulness section of {@code relax influence --model}.
     *
     * @throws IllegalArgumentException for an unknown model
     */
    static CausalGraph graph(String model, int slots, double tolerance) {
        return switch (model) {
            case "lhv", "x2b", "a2b", "comm" -> CausalGraph.of(model, StructureFile.load(model, tolerance).structure());
            case "md" -> CausalGraph.measurementDependence(slots);
            case "canonical" -> CausalGraph.canonical(slots);
            case "context" -> CausalGraph.contextInfluence(slots);
            default -> throw new IllegalArgumentException("unknown model '" + model + "': expected one of " + String.join(", ", MODELS));
        };
    }
}
