package relax.scenarios.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** The order, sharding and seeding of a batch, with a runner whose answer is known from the task alone. */
class BatchRunTest {
    /** Answers {"echo": id}, after a pseudo-random pause that scrambles the order in which threads finish. */
    private static final BatchRun.Runner ECHO = task -> {
        try {
            Thread.sleep(new Random(task.line()).nextInt(4));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new BatchRun.Result(BatchRecord.withId(task.id(), "{\"echo\":" + task.id() + "}"), 0);
    };

    private static List<String> tasks(int n) {
        List<String> t = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            t.add("{\"id\": " + i + ", \"command\": \"md\"}");
        }
        return t;
    }

    @Test
    void recordsComeInInputOrderWhateverOrderThreadsFinishIn() {
        // 4 threads x the window of 16 = 64 in flight, so 300 tasks also exercise the window's back-pressure
        List<String> records = new BatchRun("t", JsonNodeFactory.instance.objectNode(), Shard.ALL, 4, ECHO).texts(tasks(300));
        assertEquals(300, records.size());
        for (int i = 0; i < 300; i++) {
            assertEquals("{\"id\":" + i + ",\"echo\":" + i + "}", records.get(i));
        }
    }

    @Test
    void shardsAreDisjointAndCoverEveryLine() {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            Shard s = new Shard(i, 5);
            for (int line = 1; line <= 23; line++) {
                if (s.owns(line)) {
                    assertTrue(seen.add(line), "line " + line + " in two shards");
                }
            }
        }
        assertEquals(23, seen.size());
    }

    @Test
    void everyTaskRunsExactlyOnceOnTwoThreads() {
        Map<Integer, Integer> runs = new ConcurrentHashMap<>();
        BatchRun.Runner counting = task -> {
            runs.merge(task.line(), 1, Integer::sum);
            return ECHO.run(task);
        };
        new BatchRun("t", JsonNodeFactory.instance.objectNode(), Shard.ALL, 2, counting).texts(tasks(100));
        assertEquals(100, runs.size());
        assertTrue(runs.values().stream().allMatch(n -> n == 1));
    }

    /** Published test vectors: FNV-1a 64 of "a" is af63dc4c8601ec8c (Fowler, Noll, Vo); SplitMix64 from state 0 first outputs e220a8397b1dcdaf. */
    @Test
    void seedsFollowTheirPublishedDefinitions() {
        long fnvOfA = 0xcbf29ce484222325L;
        fnvOfA ^= 'a';
        fnvOfA *= 0x100000001b3L;
        assertEquals(0xaf63dc4c8601ec8cL, fnvOfA);
        assertEquals(0xe220a8397b1dcdafL, TaskSeed.mix(0x9e3779b97f4a7c15L));
        // seed(S, id) = mix(S xor mix(FNV(key))): with the vector above for the key a
        assertEquals(TaskSeed.mix(7 ^ TaskSeed.mix(0xaf63dc4c8601ec8cL)), TaskSeed.of(7, "a"));
        // different ids and different global seeds give different seeds
        assertTrue(TaskSeed.of(7, "\"r1\"") != TaskSeed.of(7, "\"r2\"") && TaskSeed.of(7, "\"r1\"") != TaskSeed.of(8, "\"r1\""));
    }
}
