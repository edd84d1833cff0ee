/**
 * Many behaviours at once: task files of JSON lines ({@link relax.scenarios.batch.Task}), run on several
 * threads in one JVM in input order ({@link relax.scenarios.batch.BatchRun}), split into shards for job arrays
 * ({@link relax.scenarios.batch.Shard}), resumed after a stop from the results file itself
 * ({@code ResultFile}), with per-task seeds that depend on the global seed and the task's id only
 * ({@link relax.scenarios.batch.TaskSeed}), and shard outputs merged back with missing and duplicate ids
 * reported ({@link relax.scenarios.batch.Merge}).
 *
 * <p>The package knows nothing of what a task computes: a {@link relax.scenarios.batch.BatchRun.Runner} (in
 * {@code relax.cli}, running the command in-process) turns a task into its record. May import
 * {@code relax.core} (the exception type of bad input) and {@code relax.scenarios.io} (the JSON reader of input
 * files, whose limits and messages task lines share); Jackson.
 */
package relax.scenarios.batch;
