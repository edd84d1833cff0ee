package relax.core;

import java.math.BigInteger;
import java.util.Optional;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * An observed behaviour p(a_1…a_N | x_1…x_N): one probability distribution over output tuples for
 * every input tuple of a {@link Scenario}.
 *
 * <p>Entries are stored flat in the scenario's order ({@link Scenario#index}): p(a,b|x,y) is
 * {@code get(scenario.index(x, y, a, b))}. The constructor checks only the length; {@link #validate}
 * checks the rules a behaviour must obey (finite, non-negative, normalised blocks). Immutable.
 *
 * <p>Next to the doubles every behaviour has exact rational entries {@link #exact(int)}: for one read
 * from a file ({@link #ofExact}, {@link #ofCounts}) they are the values as the user wrote them (a decimal
 * literal is an exact rational: {@code 0.1} is 1/10), and each double is the nearest double to its exact
 * entry ({@link NearestDouble}); for one computed in floating point they are the exact values of its doubles.
 * A behaviour read from counts N(a|x) keeps them ({@link #counts()}, {@link #countTotals()}), and one the
 * reader had to change (an unnormalised block divided by its sum, a negative rounding error set to 0) says
 * so in {@link #normalisationNote()}.
 */
public final class Behaviour {
    /** Entries down to this value are accepted as rounding noise around zero by {@link #validate}. */
    public static final double NEGATIVE_SLACK = 1e-12;

    /**
     * The most entries a behaviour or functional given by a user may have: beyond this no relaxation LP of
     * the engine could be solved, so readers refuse such a scenario before allocating it.
     */
    public static final int MAX_ENTRIES = 1_000_000;

    private final Scenario scenario;
    private final double[] p;
    /** The exact entries, or null when they are the exact values of {@link #p}. */
    private final BigFraction[] exact;
    /** The counts N(a|x) the entries are the relative frequencies of, or null. */
    private final long[] counts;
    private final String note;
    private final String name;
    private final String description;

    private Behaviour(Scenario scenario, double[] p, BigFraction[] exact, long[] counts, String note, String name, String description) {
        this.scenario = scenario;
        this.p = p;
        this.exact = exact;
        this.counts = counts;
        this.note = note == null ? "" : note;
        this.name = name == null ? "" : name;
        this.description = description == null ? "" : description;
    }

    public Behaviour(Scenario scenario, double[] p, String name, String description) {
        this(scenario, checkLength(scenario, p.length) ? p.clone() : p, null, null, "", name, description);
    }

    public Behaviour(Scenario scenario, double[] p) {
        this(scenario, p, "", "");
    }

    /** True, or an exception when a behaviour of {@code scenario} cannot have {@code length} entries. */
    private static boolean checkLength(Scenario scenario, int length) {
        if (length != scenario.size()) {
            throw new InvalidBehaviourException("behaviour for scenario " + scenario + " needs " + scenario.size()
                    + " probabilities, got " + length);
        }
        return true;
    }

    /**
     * A behaviour with exact entries (e.g. as written in a file); each double entry is the nearest double
     * to the exact one. Like the constructor, checks only the length.
     *
     * @param values exact p(a|x) in the scenario's flat order (not modified; the array is copied)
     */
    public static Behaviour ofExact(Scenario scenario, BigFraction[] values, String name, String description) {
        checkLength(scenario, values.length);
        BigFraction[] e = values.clone();
        double[] d = new double[e.length];
        for (int i = 0; i < e.length; i++) {
            d[i] = NearestDouble.of(e[i]);
        }
        return new Behaviour(scenario, d, e, null, "", name, description);
    }

    /**
     * The relative frequencies p(a|x) = N(a|x) / Σ_a' N(a'|x) of counts N(a|x), kept exactly, with the counts.
     *
     * @param counts N(a|x) ≥ 0 in the scenario's flat order (not modified; copied)
     * @throws InvalidBehaviourException if a count is negative or an input block has no runs
     */
    public static Behaviour ofCounts(Scenario scenario, long[] counts, String name, String description) {
        checkLength(scenario, counts.length);
        int k = scenario.outcomesPerBlock();
        BigFraction[] e = new BigFraction[counts.length];
        for (int block = 0; block < scenario.inputBlocks(); block++) {
            long total = 0;
            for (int o = 0; o < k; o++) {
                long c = counts[block * k + o];
                if (c < 0) {
                    throw new InvalidBehaviourException(scenario.entryPath(block * k + o) + " = " + c + " runs: a count cannot be negative");
                }
                total = Math.addExact(total, c);
            }
            if (total == 0) {
                throw new InvalidBehaviourException(blockPath(scenario, block) + " has no runs: its probabilities are unknown");
            }
            BigInteger t = BigInteger.valueOf(total);
            for (int o = 0; o < k; o++) {
                e[block * k + o] = new BigFraction(BigInteger.valueOf(counts[block * k + o]), t);
            }
        }
        Behaviour b = ofExact(scenario, e, name, description);
        return new Behaviour(scenario, b.p, b.exact, counts.clone(), "", name, description);
    }

    /** A copy that carries {@code note}, which says how the reader changed what was written ("" for nothing). */
    public Behaviour withNote(String newNote) {
        return new Behaviour(scenario, p, exact, counts, newNote, name, description);
    }

    /** The uniformly random behaviour (white noise): every outcome tuple with probability 1/Π o_i. */
    public static Behaviour uniform(Scenario scenario) {
        double[] p = new double[scenario.size()];
        java.util.Arrays.fill(p, 1.0 / scenario.outcomesPerBlock());
        return new Behaviour(scenario, p, "white noise", "uniform distribution over outputs");
    }

    public Scenario scenario() {
        return scenario;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    /** A copy with a new name and description (exact entries, counts and note kept). */
    public Behaviour named(String newName, String newDescription) {
        return new Behaviour(scenario, p, exact, counts, note, newName, newDescription);
    }

    /**
     * How the reader changed the entries as written before anything is solved on them — e.g. every block
     * divided by its exact sum, entries slightly below 0 set to 0 — or "" when they are exactly as written.
     */
    public String normalisationNote() {
        return note;
    }

    /** The exact entry at flat index {@code i}; {@link #get(int)} is the nearest double to it. */
    public BigFraction exact(int i) {
        return exact != null ? exact[i] : new BigFraction(p[i]);
    }

    /** A copy of the exact entries in the scenario's flat order. */
    public BigFraction[] exactEntries() {
        if (exact != null) {
            return exact.clone();
        }
        BigFraction[] e = new BigFraction[p.length];
        for (int i = 0; i < p.length; i++) {
            e[i] = new BigFraction(p[i]);
        }
        return e;
    }

    /** Whether the exact entries are values a user wrote (or counts), rather than the binary values of computed doubles. */
    public boolean hasWrittenValues() {
        return exact != null;
    }

    /** A copy of the counts N(a|x) in the scenario's flat order, when the behaviour was read from counts. */
    public Optional<long[]> counts() {
        return Optional.ofNullable(counts == null ? null : counts.clone());
    }

    /** The number of runs Σ_a N(a|x) of every input block x (in block order), when read from counts. */
    public Optional<long[]> countTotals() {
        if (counts == null) {
            return Optional.empty();
        }
        int k = scenario.outcomesPerBlock();
        long[] t = new long[scenario.inputBlocks()];
        for (int i = 0; i < counts.length; i++) {
            t[i / k] += counts[i];
        }
        return Optional.of(t);
    }

    /** Entry at flat index {@code i}. */
    public double get(int i) {
        return p[i];
    }

    /** p(a,b|x,y) of a bipartite behaviour. */
    public double get(int x, int y, int a, int b) {
        return p[scenario.index(x, y, a, b)];
    }

    /** A copy of the entries in the scenario's flat order. */
    public double[] toArray() {
        return p.clone();
    }

    /** The mixture {@code v·this + (1−v)·other}. */
    public Behaviour mix(double v, Behaviour other) {
        if (!scenario.equals(other.scenario)) {
            throw new IllegalArgumentException("cannot mix behaviours of scenarios " + scenario + " and " + other.scenario);
        }
        double[] m = new double[p.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = v * p[i] + (1 - v) * other.p[i];
        }
        return new Behaviour(scenario, m, name, description);
    }

    /**
     * Checks the doubles: every entry is finite and ≥ −{@value #NEGATIVE_SLACK}, and every input block
     * sums to 1 within {@code tolerance}. (Files are checked exactly, on the values as written, by their reader.)
     *
     * @throws InvalidBehaviourException naming the first offending entry or block and the rule
     */
    public void validate(double tolerance) {
        for (int i = 0; i < p.length; i++) {
            if (!Double.isFinite(p[i])) {
                throw new InvalidBehaviourException(scenario.entryPath(i) + " = " + p[i] + " is not a probability (not a finite number)");
            }
            if (p[i] < -NEGATIVE_SLACK) {
                throw new InvalidBehaviourException(scenario.entryPath(i) + " = " + p[i] + " is negative: a probability cannot be below 0");
            }
        }
        int k = scenario.outcomesPerBlock();
        for (int block = 0; block < scenario.inputBlocks(); block++) {
            double sum = 0;
            for (int o = 0; o < k; o++) {
                sum += p[block * k + o];
            }
            if (Math.abs(sum - 1) > tolerance) {
                throw new InvalidBehaviourException(blockPath(scenario, block) + " sums to " + sum
                        + ", not 1 (the probabilities for each input must sum to 1 within " + tolerance + ")");
            }
        }
    }

    /** The JSON path of input block {@code block}, e.g. {@code p[0][1]}. */
    private static String blockPath(Scenario scenario, int block) {
        String path = scenario.entryPath(block * scenario.outcomesPerBlock());
        int pos = 0;
        for (int i = 0; i <= scenario.parties() && pos >= 0; i++) {
            pos = path.indexOf('[', pos + 1);
        }
        return pos < 0 ? path : path.substring(0, pos);
    }

    /**
     * Marginal p(a_party = a | x) at input block {@code block}: the sum of the entries of that block
     * whose output for {@code party} is {@code a}.
     */
    public double marginal(int party, int a, int block) {
        int n = scenario.parties();
        int[] out = new int[n];
        int k = scenario.outcomesPerBlock();
        double s = 0;
        for (int o = 0; o < k; o++) {
            scenario.decodeOutcome(o, out);
            if (out[party] == a) {
                s += p[block * k + o];
            }
        }
        return s;
    }

    /**
     * The largest change of {@code party}'s marginal p(a_party | x) under a change of the other parties'
     * inputs, if it exceeds {@code tolerance}. No-signalling from the others to {@code party} holds
     * within the tolerance exactly when this is empty.
     */
    public Optional<Signalling> signallingTo(int party, double tolerance) {
        int n = scenario.parties();
        int blocks = scenario.inputBlocks();
        int[] x = new int[n];
        int[] x2 = new int[n];
        double[][] marg = new double[blocks][scenario.outputs(party)];
        for (int b = 0; b < blocks; b++) {
            for (int a = 0; a < scenario.outputs(party); a++) {
                marg[b][a] = marginal(party, a, b);
            }
        }
        Signalling worst = null;
        for (int b1 = 0; b1 < blocks; b1++) {
            scenario.decodeBlock(b1, x);
            for (int b2 = b1 + 1; b2 < blocks; b2++) {
                scenario.decodeBlock(b2, x2);
                if (x[party] != x2[party]) {
                    continue;
                }
                for (int a = 0; a < scenario.outputs(party); a++) {
                    double d = Math.abs(marg[b1][a] - marg[b2][a]);
                    if (d > tolerance && (worst == null || d > worst.amount())) {
                        worst = new Signalling(scenario, party, a, b1, b2, marg[b1][a], marg[b2][a]);
                    }
                }
            }
        }
        return Optional.ofNullable(worst);
    }
}
