package relax.scenarios.batch;

/**
 * Shard {@code index} of {@code count} (counted from 0): the lines of a task file numbered n with
 * (n − 1) mod count = index. Every shard reads the same file and takes every count-th line, so the shards of one
 * file are disjoint, together hold every line, and differ in size by at most one line; a Slurm job array maps
 * {@code SLURM_ARRAY_TASK_ID} to the index.
 */
public record Shard(int index, int count) {
    /** The whole file. */
    public static final Shard ALL = new Shard(0, 1);

    /**
     * @throws IllegalArgumentException unless 1 ≤ count and 0 ≤ index &lt; count
     */
    public Shard {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("--shard I --of N needs N >= 1 and 0 <= I < N (shards are counted from 0), got --shard " + index
                    + " --of " + count);
        }
    }

    /** Whether line {@code number} (1 = first) of the task file is this shard's. */
    public boolean owns(int number) {
        return (number - 1) % count == index;
    }
}
