/**
 * The {@code relax} command line (picocli): one class per command, its text and JSON reports, exit codes
 * and progress. Commands parse options, build an analysis ({@code relax.scenarios.analysis}), run it, and print its
 * outcome; they compute nothing themselves, and reports only format outcomes. Shared pieces: {@link relax.cli.Records}
 * (one record per input whatever happens to it, exit codes), {@link relax.cli.JsonRecord} and {@link relax.cli.Solved}
 * (the one JSON vocabulary of docs/json.md), {@link relax.cli.ReportOptions}, {@link relax.cli.SolverOptions} and
 * {@link relax.cli.FunctionalOptions} (option sets), {@link relax.cli.StatusLine} (progress),
 * {@link relax.cli.OutputDirectory} and {@link relax.cli.OutputFiles} (atomic output).
 *
 * <p>May import {@code relax.core}, {@code relax.lp}, {@code relax.scenarios.*}; nothing imports it.
 */
package relax.cli;
