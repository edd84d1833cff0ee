package relax.core.contextuality;

import java.util.Arrays;
import org.apache.commons.math3.fraction.BigFraction;
import relax.core.Behaviour;
import relax.core.InvalidBehaviourException;
import relax.core.NearestDouble;

/**
 * A phenomenon on a {@link CompatibilityScenario} (Pearl &amp; Cavalcanti, Sec. 3): for every context c one
 * probability distribution p(a_1 … a_n | c) over the outcome tuples of its slots. Stored flat in the
 * scenario's {@linkplain CompatibilityScenario#embedding() embedding}: p(t | c) is {@code get(c, t)}; padding
 * entries are 0.
 *
 * <p>Next to the doubles every behaviour has exact rational entries ({@link #exact(int)}): the values as
 * written in a file when it was read from one (0.1 is 1/10, "1/3" is 1/3), otherwise the exact values of the
 * doubles. Checks that can be done exactly ({@link NoDisturbance}) use them. Immutable; the constructor
 * checks only the length, {@link #validate} the rules.
 */
public final class CompatibilityBehaviour {
    private final CompatibilityScenario scenario;
    private final double[] p;
    private final BigFraction[] exact;
    private final String name;
    private final String description;

    private CompatibilityBehaviour(CompatibilityScenario scenario, double[] p, BigFraction[] exact, String name, String description) {
        int size = scenario.embedding().size();
        if (p.length != size) {
            throw new InvalidBehaviourException("a behaviour of " + scenario + " needs " + size + " entries, got " + p.length);
        }
        this.scenario = scenario;
        this.p = p;
        this.exact = exact;
        this.name = name == null ? "" : name;
        this.description = description == null ? "" : description;
    }

    /** A behaviour with the given doubles (flat in the embedding's order; copied); exact entries are their binary values. */
    public CompatibilityBehaviour(CompatibilityScenario scenario, double[] p, String name, String description) {
        this(scenario, p.clone(), null, name, description);
    }

    /** A behaviour with exact entries (copied); each double is the nearest double to its exact entry. */
    public static CompatibilityBehaviour ofExact(CompatibilityScenario scenario, BigFraction[] exact, String name, String description) {
        double[] d = new double[exact.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = NearestDouble.of(exact[i]);
        }
        return new CompatibilityBehaviour(scenario, d, exact.clone(), name, description);
    }

    /** A Bell behaviour as a behaviour of {@link CompatibilityScenario#fromBell}: the same entries, exactly. */
    public static CompatibilityBehaviour fromBell(Behaviour b) {
        CompatibilityScenario s = CompatibilityScenario.fromBell(b.scenario());
        return b.hasWrittenValues() ? ofExact(s, b.exactEntries(), b.name(), b.description()) : new CompatibilityBehaviour(s, b.toArray(), b.name(), b.description());
    }

    /** White noise: in every context, every outcome tuple with probability 1/tuples(c), exactly. */
    public static CompatibilityBehaviour uniform(CompatibilityScenario s) {
        BigFraction[] e = new BigFraction[s.embedding().size()];
        Arrays.fill(e, BigFraction.ZERO);
        for (int c = 0; c < s.contexts(); c++) {
            for (int t = 0; t < s.tuples(c); t++) {
                e[s.entry(c, t)] = new BigFraction(1, s.tuples(c));
            }
        }
        return ofExact(s, e, "white noise", "every outcome tuple equally likely in every context");
    }

    public CompatibilityScenario scenario() {
        return scenario;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    /** A copy with a new name and description. */
    public CompatibilityBehaviour named(String newName, String newDescription) {
        return new CompatibilityBehaviour(scenario, p, exact, newName, newDescription);
    }

    /** p at flat entry {@code e}. */
    public double get(int e) {
        return p[e];
    }

    /** p(t | c). */
    public double get(int c, int tuple) {
        return p[scenario.entry(c, tuple)];
    }

    /** The exact value at flat entry {@code e}. */
    public BigFraction exact(int e) {
        return exact != null ? exact[e] : new BigFraction(p[e]);
    }

    /** Whether the exact entries were given (e.g. as written in a file) rather than taken from the doubles. */
    public boolean hasExactEntries() {
        return exact != null;
    }

    /** A copy of the entries (flat). */
    public double[] toArray() {
        return p.clone();
    }

    /** The exact entries (flat, a copy). */
    public BigFraction[] exactEntries() {
        BigFraction[] e = new BigFraction[p.length];
        for (int i = 0; i < e.length; i++) {
            e[i] = exact(i);
        }
        return e;
    }

    /** The mixture v·this + (1 − v)·other, exactly (v is taken as its exact binary value). */
    public CompatibilityBehaviour mix(double v, CompatibilityBehaviour other) {
        return mix(new BigFraction(v), other);
    }

    /** The mixture v·this + (1 − v)·other in exact arithmetic. */
    public CompatibilityBehaviour mix(BigFraction v, CompatibilityBehaviour other) {
        if (!other.scenario.equals(scenario)) {
            throw new IllegalArgumentException("cannot mix behaviours of two different scenarios");
        }
        BigFraction w = BigFraction.ONE.subtract(v);
        BigFraction[] e = new BigFraction[p.length];
        for (int i = 0; i < e.length; i++) {
            e[i] = exact(i).multiply(v).add(other.exact(i).multiply(w));
        }
        return ofExact(scenario, e, name, description);
    }

    /**
     * The behaviour as a one-party Bell behaviour on the {@linkplain CompatibilityScenario#embedding() embedding}, with
     * the same exact entries (so the engine's certificates are proofs about the data as written).
     */
    public Behaviour asBehaviour() {
        return exact != null ? Behaviour.ofExact(scenario.embedding(), exact, name, description) : new Behaviour(scenario.embedding(), p, name, description);
    }

    /**
     * Checks that every entry is finite and ≥ −{@value Behaviour#NEGATIVE_SLACK}, padding entries are 0, and
     * every context's probabilities sum to 1 within {@code tolerance} — exactly, when the entries were given exactly.
     *
     * @throws InvalidBehaviourException naming the first offending entry or context and the rule
     */
    public void validate(double tolerance) {
        for (int e = 0; e < p.length; e++) {
            if (scenario.padding(e)) {
                if (p[e] != 0) {
                    throw new IllegalArgumentException("padding entry " + e + " must be 0");
                }
                continue;
            }
            if (!Double.isFinite(p[e])) {
                throw new InvalidBehaviourException(scenario.entryPath(e) + " = " + p[e] + " is not a finite number");
            }
            if (p[e] < -Behaviour.NEGATIVE_SLACK) {
                throw new InvalidBehaviourException(scenario.entryPath(e) + " = " + p[e] + " is negative (probabilities must be >= 0)");
            }
        }
        for (int c = 0; c < scenario.contexts(); c++) {
            double sum = 0;
            BigFraction exactSum = BigFraction.ZERO;
            for (int t = 0; t < scenario.tuples(c); t++) {
                sum += get(c, t);
                if (exact != null) {
                    exactSum = exactSum.add(exact[scenario.entry(c, t)]);
                }
            }
            if (exact != null) {
                // exact data: the exact sum decides, and is the one reported
                sum = NearestDouble.of(exactSum);
                if (exactSum.subtract(BigFraction.ONE).abs().compareTo(new BigFraction(tolerance)) <= 0) {
                    continue;
                }
            }
            if (Math.abs(sum - 1) > tolerance) {
                throw new InvalidBehaviourException("p." + scenario.contextName(c) + " sums to " + sum
                        + ", not 1 (the probabilities of each context must sum to 1 within " + tolerance + ")");
            }
        }
    }
}
