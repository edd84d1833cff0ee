package relax.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import relax.scenarios.batch.BatchRun;
import relax.scenarios.batch.Shard;

/**
 * Batch tasks for programs that embed the engine in their own process (the Python API calls this through JPype):
 * each task is the JSON text of one line of a task file ({@link relax.scenarios.batch.Task}), each answer the
 * record {@code relax batch} would write for it — the command's {@code --json} line with the id first — so an
 * embedding program gets exactly what the command line prints.
 */
public final class Tasks {
    private Tasks() {
    }

    /**
     * Runs tasks on {@code threads} threads of this JVM.
     *
     * @param tasks   JSON objects, one per task (each with its own id)
     * @param threads at least 1
     * @param seed    the global seed (see {@link relax.scenarios.batch.TaskSeed})
     * @return one record per task, in the order of {@code tasks}
     */
    public static String[] run(String[] tasks, int threads, long seed) {
        try (CommandTask runner = new CommandTask(seed)) {
            BatchRun run = new BatchRun("tasks", JsonNodeFactory.instance.objectNode(), Shard.ALL, threads, runner);
            return run.texts(List.of(tasks)).toArray(String[]::new);
        }
    }

    /** Runs one task (see {@link #run(String[], int, long)}) on this thread's pool of one. */
    public static String run(String task) {
        return run(new String[] {task}, 1, 0)[0];
    }
}
