package relax.scenarios.batch;

import java.nio.charset.StandardCharsets;

/**
 * The seed of one task: a function of the batch's global seed and the task's id alone, so a task gets the same
 * seed whichever shard, thread or run (first or resumed) it lands in, and any shard reruns identically.
 *
 * <pre>seed(S, id) = mix(S ⊕ mix(FNV-1a-64(UTF-8 bytes of the id's key)))</pre>
 * with mix the finaliser of SplitMix64 (Steele, Lea &amp; Flood 2014), a bijection of 64-bit words that spreads every
 * input bit over the output; the id's key is its JSON text ({@code "r17"} with the quotes, or {@code 17}).
 */
public final class TaskSeed {
    private TaskSeed() {
    }

    /** The seed of the task with key {@code key} (see {@link Task#key()}) under the global seed {@code global}. */
    public static long of(long global, String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x100000001b3L;
        }
        return mix(global ^ mix(h));
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
