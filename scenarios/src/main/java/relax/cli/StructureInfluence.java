package relax.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import relax.core.Behaviour;
import relax.core.InvalidStructureException;
import relax.core.structure.CausalStructure;
import relax.core.structure.Edge;
import relax.lp.engine.SolveOptions;
import relax.scenarios.analysis.FaithfulnessAnalysis;
import relax.scenarios.analysis.Measure;
import relax.scenarios.analysis.StructureAnalysis;
import relax.scenarios.io.BehaviourFile;
import relax.scenarios.io.StructureFile;

/**
 * {@code relax influence --structure S.json|NAME [--edge U->V] FILE...}: the minimal influence of the relaxed edges
 * of a causal structure given as data (docs/causal-structures.md), for each behaviour file, or for the structure
 * file's own {@code "p"} when no file is given; one record per input, as every solving command, each with the
 * faithfulness section of {@link FaithfulnessAnalysis} when the structure pairs one setting with each outcome.
 */
final class StructureInfluence {
    private StructureInfluence() {
    }

    /**
     * Solves every behaviour and prints one record each; returns the largest exit code.
     *
     * @throws InvalidStructureException if the structure or the edge is invalid (nothing is solved)
     */
    static int run(CommandSpec spec, ReportOptions report, String source, String edge, List<Path> files, SolveOptions options, double tolerance) {
        StructureFile.Contents c = StructureFile.load(source, tolerance);
        CausalStructure template = c.structure();
        if (edge != null) {
            try {
                template = template.relaxing(Edge.parse(edge));
            } catch (InvalidStructureException e) {
                throw new InvalidStructureException("--edge " + edge + ": " + e.getMessage());
            }
        }
        if (files.isEmpty() && c.behaviour().isEmpty()) {
            throw new IllegalArgumentException("give behaviour files, or a structure file with its own \"p\" (" + source + " has none)");
        }
        Measure measure = Measure.of(template);
        Records records = report.records(spec, "structure", template.name(), "measure", measure == null ? null : measure.key(), "measure_label",
                measure == null ? null : measure.label());
        StatusLine progress = report.progress(spec);
        if (files.isEmpty()) {
            CausalStructure s = template;
            records.guard(source, "behaviour", () -> solve(source, s, c.behaviour().get(), records, progress, options, tolerance));
        }
        for (Path file : files) {
            String edgeText = edge;
            records.guard(file.toString(), "behaviour", () -> {
                Behaviour read = BehaviourFile.read(file, tolerance);
                CausalStructure s = c.resolve(read.scenario(), file.toString());
                s = edgeText == null ? s : s.relaxing(Edge.parse(edgeText));
                return solve(file.toString(), s, StructureFile.behaviourFor(s, read, file.toString()), records, progress, options, tolerance);
            });
            progress.done();
        }
        progress.done();
        return records.exit();
    }

    private static Void solve(String source, CausalStructure s, Behaviour p, Records records, StatusLine progress, SolveOptions options, double tolerance) {
        StructureAnalysis a = new StructureAnalysis(p, s, tolerance);
        StructureAnalysis.Outcome o = a.run(options.withProgress(progress.listener(source, a.problem())));
        progress.done();
        Optional<FaithfulnessAnalysis.Outcome> f = s.settings().size() == s.outcomes().size()
                ? Optional.of(FaithfulnessAnalysis.run(p, StructureInfluenceReport.key(o), s, tolerance)) : Optional.empty();
        records.solved(records.json() ? StructureInfluenceReport.json(source, o, f) : StructureInfluenceReport.text(Main.oneLine(source), o, f), o.status());
        return null;
    }
}
