package relax.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import relax.core.Behaviour;
import relax.core.InvalidBehaviourException;
import relax.core.InvalidStructureException;
import relax.core.structure.CausalStructure;
import relax.core.structure.Edge;
import relax.lp.engine.SolveOptions;
import relax.scenarios.analysis.StructureAnalysis;
import relax.scenarios.io.BehaviourFile;
import relax.scenarios.io.StructureFile;

/**
 * {@code relax influence --structure S.json|NAME [--edge U->V] FILE...}: the minimal influence of the relaxed edges
 * of a causal structure given as data (docs/causal-structures.md), for each behaviour file, or for the structure
 * file's own {@code "p"} when no file is given.
 */
final class StructureInfluence {
    private StructureInfluence() {
    }

    /**
     * Solves every behaviour and prints one report (or JSON line) each; returns the largest exit code.
     *
     * @throws InvalidStructureException if the structure or the edge is invalid (nothing is solved)
     */
    static int run(String structure, String edge, List<Path> files, boolean json, SolveOptions options, double tolerance, PrintWriter out,
            PrintWriter err, StatusLine progress) {
        StructureFile.Contents c = StructureFile.load(structure, tolerance);
        Edge chosen = null;
        if (edge != null) {
            chosen = Edge.parse(edge);
            try {
                c.structure().relaxing(chosen);
            } catch (InvalidStructureException e) {
                throw new InvalidStructureException("--edge " + edge + ": " + e.getMessage());
            }
        }
        if (files.isEmpty() && c.behaviour().isEmpty()) {
            throw new IllegalArgumentException("give behaviour files, or a structure file with its own \"p\" (" + structure + " has none)");
        }
        int exit = ExitCode.OPTIMAL;
        if (files.isEmpty()) {
            return solve(structure + " (its \"p\")", c.structure(), chosen, c.behaviour().get(), json, options, tolerance, out, progress);
        }
        for (Path file : files) {
            try {
                Behaviour read = BehaviourFile.read(file, tolerance);
                CausalStructure s = c.resolve(read.scenario(), file.toString());
                Behaviour p = StructureFile.behaviourFor(s, read, file.toString());
                exit = Math.max(exit, solve(file.toString(), s, chosen, p, json, options, tolerance, out, progress));
            } catch (InvalidBehaviourException | InvalidStructureException e) {
                if (json) {
                    out.println(InvalidInputJson.line(file.toString(), "structure", c.structure().name(), e.getMessage()));
                } else {
                    err.println("relax: " + e.getMessage());
                }
                out.flush();
                exit = Math.max(exit, ExitCode.INVALID);
            }
        }
        return exit;
    }

    private static int solve(String source, CausalStructure s, Edge edge, Behaviour p, boolean json, SolveOptions options, double tolerance,
            PrintWriter out, StatusLine progress) {
        CausalStructure measured = edge == null ? s : s.relaxing(edge);
        StructureAnalysis.Outcome o = StructureAnalysis.run(p, measured, options.withProgress(progress.listener(source)), tolerance);
        progress.done();
        out.println(json ? StructureInfluenceReport.json(source, o) : StructureInfluenceReport.text(source, o));
        out.flush();
        return ExitCode.of(o.status());
    }
}
