package relax.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import relax.core.Behaviour;
import relax.core.structure.CausalStructure;
import relax.core.structure.ImpliedIndependences;
import relax.scenarios.io.BehaviourFile;
import relax.scenarios.io.StructureFile;

/** {@code relax structure}: a causal structure, its strategy space and the independences it implies. */
@Command(name = "structure", mixinStandardHelpOptions = true,
        header = "Shows a causal structure, its strategy count and the independences it implies, and which a behaviour breaks.",
        footerHeading = "%nExamples:%n",
        footer = {"  relax structure instrumental", "  relax structure scenarios/structures/bell-x-and-a-to-b.json",
                "  relax structure lhv scenarios/examples/pr-box.json"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:shown (also when a behaviour breaks an implied independence: the output says so)", "2:invalid structure, file or option",
                "4:internal error (a bug: please report it)"},
        description = {"Shows a causal structure given as a JSON file (docs/causal-structures.md) or by the name of a shipped one "
                + "(lhv, x2b, a2b, comm, lhv3, instrumental, bell-x-and-a-to-b, chain): its nodes, the measure, the number of "
                + "deterministic strategies, and the conditional independences it implies among observed variables by d-separation - in "
                + "particular the no-signalling conditions it enforces. With a behaviour (the file's \"p\" or behaviour files), says "
                + "which of those conditions the behaviour breaks: no model of the structure reproduces it.", ""})
public final class StructureCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--tolerance", paramLabel = "EPS", defaultValue = "1e-9",
            description = "How far a block of a behaviour may sum from 1, and how far an implied equality may be off (default ${DEFAULT-VALUE}).")
    double tolerance;

    @Parameters(index = "0", paramLabel = "STRUCTURE", description = "A structure file (JSON) or the name of a shipped structure.")
    String structure;

    @Parameters(index = "1..*", paramLabel = "FILE", arity = "0..*", description = "Behaviour files to check against the implied independences.")
    List<Path> files = List.of();

    @Override
    public Integer call() {
        StructureFile.Contents c = StructureFile.load(structure, tolerance);
        CausalStructure s = c.structure();
        PrintWriter out = spec.commandLine().getOut();
        out.print(StructureReport.text(structure, s, c.fromBehaviour()));
        List<ImpliedIndependences.Independence> implied = ImpliedIndependences.of(s);
        if (c.behaviour().isPresent()) {
            out.print(StructureReport.check(structure + " (its \"p\")", s, implied, c.behaviour().get(), tolerance));
        }
        for (Path f : files) {
            Behaviour read = BehaviourFile.read(f, tolerance);
            CausalStructure resolved = c.resolve(read.scenario(), f.toString());
            Behaviour b = StructureFile.behaviourFor(resolved, read, f.toString());
            out.print(StructureReport.check(f.toString(), resolved, implied, b, tolerance));
        }
        out.flush();
        return ExitCode.OPTIMAL;
    }
}
