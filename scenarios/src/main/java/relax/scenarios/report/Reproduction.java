package relax.scenarios.report;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One claim of a paper reproduced by the engine, for {@code relax reproduce}: it computes, writes any plots into
 * the report directory, and returns a markdown section for {@code report.md} stating the claim and the engine's
 * numbers. The verdict on the claim ({@link Verdict}: agrees, refines, contradicts) and where it is proven are
 * stated once, by {@link #verdict()} and {@link #proof()}; a run that confirms the computation behind them
 * returns {@link #section(String, boolean, String, String)} with {@code confirmed}, otherwise the run's verdict
 * is {@link Verdict#NOT_ESTABLISHED}. The report writer ({@link Report}) prints the verdict line under each
 * section and in the summary table, so a section never writes its own.
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
     * The verdict on the paper's claim that this reproduction establishes when its computation comes out as its
     * proof predicts; null only for implementations written before the verdict scale, whose sections carry a
     * boolean instead.
     */
    default Verdict verdict() {
        return null;
    }

    /**
     * Where the verdict is proven or what it rests on, e.g. "docs/functionals-and-curves.md, 'min C_A→B =
     * 2·max(0, CHSH)'" or "this section: certified LP optima at 123 behaviours"; shown next to the verdict.
     */
    default String proof() {
        return "";
    }

    /**
     * Runs the reproduction.
     *
     * @param dir      the report directory (exists); plots go here as {@code id()*.png/svg/pdf} with their CSV
     * @param progress receives short status lines; may be ignored
     * @return the section in markdown, starting with a {@code ## } heading
     */
    Section run(Path dir, java.util.function.Consumer<String> progress) throws IOException;

    /**
     * The section of a run: {@link #verdict()} if {@code confirmed} (the computation came out as the proof
     * predicts, every number certified), else {@link Verdict#NOT_ESTABLISHED}.
     */
    default Section section(String markdown, boolean confirmed, String paper, String engine) {
        if (verdict() == null) {
            throw new IllegalStateException(id() + " states no verdict");
        }
        return new Section(markdown, confirmed ? verdict() : Verdict.NOT_ESTABLISHED,
                confirmed ? proof() : "the computation did not come out as " + proof() + " predicts: see the numbers above", paper, engine);
    }

    /**
     * A finished section.
     *
     * @param markdown the text, plots referenced by relative file name; without a verdict line
     * @param verdict  the verdict of this run
     * @param proof    its proof or reference (see {@link Reproduction#proof()})
     * @param paper    the paper's number(s) in a few words, for the summary table (empty: "see section")
     * @param engine   the engine's number(s) in a few words, for the summary table (empty: "see section")
     */
    record Section(String markdown, Verdict verdict, String proof, String paper, String engine) {
        public Section {
            if (verdict == null) {
                throw new IllegalArgumentException("a section needs a verdict");
            }
        }

        /**
         * A section in the form used before the verdict scale: {@code agrees} true is {@link Verdict#AGREES},
         * false (a documented discrepancy) {@link Verdict#CONTRADICTS}, with the proof in the section.
         */
        public Section(String markdown, boolean agrees, String paper, String engine) {
            this(markdown, agrees ? Verdict.AGREES : Verdict.CONTRADICTS, agrees ? "" : "see the section", paper, engine);
        }

        /** A section without summary-table entries, in the form used before the verdict scale. */
        public Section(String markdown, boolean agrees) {
            this(markdown, agrees, "", "");
        }

        /** A section for a reproduction that threw: {@link Verdict#NOT_ESTABLISHED}. */
        public static Section failed(String title, String why) {
            return new Section("## " + title + "\n\n**Failed:** " + why + "\n", Verdict.NOT_ESTABLISHED, "the run failed: " + why, "",
                    "failed: " + why);
        }

        /** Whether the paper's claim holds in substance: {@link Verdict#AGREES} or {@link Verdict#REFINES}. */
        public boolean agrees() {
            return verdict == Verdict.AGREES || verdict == Verdict.REFINES;
        }
    }
}
