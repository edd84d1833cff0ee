package relax.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Appends a list of names with one-line descriptions to a command's help text, taken from a registry at
 * start-up so that the help can never miss an entry (a picocli model transformer). Descriptions are wrapped at spaces
 * to the help width, continuation lines indented under the description.
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
        List<String[]> all = entries.get();
        int name = 0;
        for (String[] e : all) {
            name = Math.max(name, e[0].length());
        }
        int indent = 2 + name + 2;
        int width = Math.max(indent + 30, spec.usageMessage().width() - 1);
        for (String[] e : all) {
            String first = "  " + e[0] + " ".repeat(indent - 2 - e[0].length());
            StringBuilder line = new StringBuilder(first);
            for (String word : e[1].split(" ")) {
                if (line.length() > indent && line.length() + 1 + word.length() > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(" ".repeat(indent));
                }
                line.append(line.length() > indent ? " " : "").append(word);
            }
            lines.add(line.toString());
        }
        spec.usageMessage().description(lines.toArray(new String[0]));
        return spec;
    }
}
