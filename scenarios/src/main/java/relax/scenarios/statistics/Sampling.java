package relax.scenarios.statistics;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AliasMethodDiscreteSampler;
import org.apache.commons.rng.sampling.distribution.SharedStateDiscreteSampler;
import org.apache.commons.rng.simple.RandomSource;
import relax.core.Behaviour;
import relax.core.Scenario;

/**
 * Simulated experiments: counts drawn from a behaviour, and the counts of an experiment split in two halves, each from
 * its own reproducible random stream.
 *
 * <p><b>Seeds.</b> Stream s of seed S is the generator XoRoShiRo128++ (Commons RNG {@code XO_RO_SHI_RO_128_PP}) whose two
 * state words are SplitMix64's output function applied to S + (2s + 1)·φ and S + (2s + 2)·φ, φ = 0x9E3779B97F4A7C15 (the
 * golden-ratio increment of SplitMix64, Steele, Lea &amp; Flood 2014). Every bootstrap replicate, simulated experiment and
 * split has its own stream number, so results do not depend on how the work is spread over threads.
 */
public final class Sampling {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Sampling() {
    }

    /** The generator of stream {@code stream} of {@code seed} (see the class comment). */
    public static UniformRandomProvider stream(long seed, long stream) {
        long a = mix(seed + (2 * stream + 1) * GOLDEN);
        long b = mix(seed + (2 * stream + 2) * GOLDEN);
        return RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {a, b == 0 && a == 0 ? 1 : b});
    }

    /** SplitMix64's output function (Steele, Lea &amp; Flood 2014). */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * Counts of an experiment with {@code runs[block]} independent runs of every input block, each run's outcome drawn
     * from {@code p}'s distribution for that block: independent multinomials N(·|x) ~ Mult(n_x, p(·|x)).
     *
     * @param runs runs per input block (block order); not modified
     */
    public static long[] counts(Behaviour p, long[] runs, UniformRandomProvider rng) {
        Scenario s = p.scenario();
        int k = s.outcomesPerBlock();
        long[] counts = new long[s.size()];
        double[] probabilities = new double[k];
        for (int block = 0; block < s.inputBlocks(); block++) {
            for (int o = 0; o < k; o++) {
                probabilities[o] = Math.max(0, p.get(block * k + o));
            }
            SharedStateDiscreteSampler sampler = AliasMethodDiscreteSampler.of(rng, probabilities);
            for (long t = 0; t < runs[block]; t++) {
                counts[block * k + sampler.sample()]++;
            }
        }
        return counts;
    }

    /** The counts of a behaviour drawn as {@link #counts}, as a behaviour (relative frequencies with the counts). */
    public static Behaviour experiment(Behaviour p, long[] runs, UniformRandomProvider rng) {
        return Behaviour.ofCounts(p.scenario(), counts(p, runs, rng), p.name(), "counts simulated from " + p.name());
    }

    /**
     * Splits each block's runs uniformly at random into a first part of ⌊n_x/2⌋ runs and the rest (multivariate
     * hypergeometric: the first part is a uniformly random subset of the runs). For i.i.d. runs the two parts are
     * independent experiments.
     *
     * @param counts N(a|x); not modified
     * @return {first, second}
     */
    public static long[][] split(Scenario s, long[] counts, UniformRandomProvider rng) {
        int k = s.outcomesPerBlock();
        long[] first = new long[counts.length];
        long[] second = counts.clone();
        for (int block = 0; block < s.inputBlocks(); block++) {
            long total = 0;
            for (int o = 0; o < k; o++) {
                total += counts[block * k + o];
            }
            long take = total / 2;
            long remaining = total;
            for (long t = 0; t < take; t++) {
                long u = rng.nextLong(remaining);
                int o = 0;
                while (u >= second[block * k + o]) {
                    u -= second[block * k + o];
                    o++;
                }
                second[block * k + o]--;
                first[block * k + o]++;
                remaining--;
            }
        }
        return new long[][] {first, second};
    }
}
