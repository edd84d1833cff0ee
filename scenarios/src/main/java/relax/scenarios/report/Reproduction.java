package relax.scenarios.report;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One claim of the paper reproduced by the engine, for {@code relax reproduce}: it computes, writes any
 * plots into the report directory, and returns a markdown section for {@code report.md} stating the
 * claim, the engine's number and whether they agree (or the documented discrepancy).
 *
 * <p>Implementations must finish within a few tens of seconds on 2 cores: the whole report has to run
 * in a few minutes.
 */
public interface Reproduction {

    /** Short stable id, e.g. {@code chsh-x2b}; also the base name of its plots. */
    String id();

    /** One-line title of the claim, e.g. "min C_X→B = max(0, CHSH) (eq. 7)". */
    String title();

    /**
     * Runs the reproduction.
     *
     * @param dir      the report directory (exists); plots go here as {@code id()*.png/svg}
     * @param progress receives short status lines; may be ignored
     * @return the section in markdown, starting with a {@code ## } heading
     */
    Section run(Path dir, java.util.function.Consumer<String> progress) throws IOException;

    /**
     * A finished section.
     *
     * @param markdown the text, plots referenced by relative file name
     * @param agrees   whether every number agrees with the paper's claim (false when a discrepancy is documented)
     * @param paper    the paper's number(s) in a few words, for the summary table (empty: "see section")
     * @param engine   the engine's number(s) in a few words, for the summary table (empty: "see section")
     */
    record Section(String markdown, boolean agrees, String paper, String engine) {
        /** A section without summary-table entries. */
        public Section(String markdown, boolean agrees) {
            this(markdown, agrees, "", "");
        }
    }
}
