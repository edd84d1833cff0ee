package relax.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Appends a list of names with one-line descriptions to a command's help text, taken from a registry at
 * start-up so that the help can never miss an entry (a picocli model transformer).
 */
abstract class ListedHelp implements CommandLine.IModelTransformer {
    private final String heading;
    private final Supplier<List<String[]>> entries;

    /**
     * @param heading the line above the list, e.g. {@code Curves:}
     * @param entries name and description of every entry, in order
     */
    ListedHelp(String heading, Supplier<List<String[]>> entries) {
        this.heading = heading;
        this.entries = entries;
    }

    @Override
    public CommandSpec transform(CommandSpec spec) {
        List<String> lines = new ArrayList<>(List.of(spec.usageMessage().description()));
        lines.add(heading);
        for (String[] e : entries.get()) {
            lines.add(String.format("  %-10s %s", e[0], e[1]));
        }
        spec.usageMessage().description(lines.toArray(new String[0]));
        return spec;
    }
}
