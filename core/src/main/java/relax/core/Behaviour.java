package relax.core;

import java.util.Optional;

/**
 * An observed behaviour p(a_1…a_N | x_1…x_N): one probability distribution over output tuples for
 * every input tuple of a {@link Scenario}.
 *
 * <p>Entries are stored flat in the scenario's order ({@link Scenario#index}): p(a,b|x,y) is
 * {@code get(scenario.index(x, y, a, b))}. The constructor checks only the length; {@link #validate}
 * checks the rules a behaviour must obey (finite, non-negative, normalised blocks). Immutable.
 */
public final class Behaviour {
    /** Entries down to this value are accepted as rounding noise around zero. */
    public static final double NEGATIVE_SLACK = 1e-12;

    private final Scenario scenario;
    private final double[] p;
    private final String name;
    private final String description;

    public Behaviour(Scenario scenario, double[] p, String name, String description) {
        if (p.length != scenario.size()) {
            throw new InvalidBehaviourException("behaviour for scenario " + scenario + " needs " + scenario.size()
                    + " probabilities, got " + p.length);
        }
        this.scenario = scenario;
        this.p = p.clone();
        this.name = name == null ? "" : name;
        this.description = description == null ? "" : description;
    }

    public Behaviour(Scenario scenario, double[] p) {
        this(scenario, p, "", "");
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

    /** A copy with a new name and description. */
    public Behaviour named(String newName, String newDescription) {
        return new Behaviour(scenario, p, newName, newDescription);
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
     * Checks that every entry is finite and ≥ −{@value #NEGATIVE_SLACK}, and that every input block
     * sums to 1 within {@code tolerance}.
     *
     * @throws InvalidBehaviourException naming the first offending entry or block and the rule
     */
    public void validate(double tolerance) {
        for (int i = 0; i < p.length; i++) {
            if (!Double.isFinite(p[i])) {
                throw new InvalidBehaviourException(scenario.entryPath(i) + " = " + p[i] + " is not a finite number");
            }
            if (p[i] < -NEGATIVE_SLACK) {
                throw new InvalidBehaviourException(scenario.entryPath(i) + " = " + p[i] + " is negative (probabilities must be >= 0)");
            }
        }
        int k = scenario.outcomesPerBlock();
        for (int block = 0; block < scenario.inputBlocks(); block++) {
            double sum = 0;
            for (int o = 0; o < k; o++) {
                sum += p[block * k + o];
            }
            if (Math.abs(sum - 1) > tolerance) {
                String path = scenario.entryPath(block * k);
                String blockPath = path.substring(0, nthBracket(path, scenario.parties()));
                throw new InvalidBehaviourException(blockPath + " sums to " + sum + ", not 1 (the probabilities for each input must sum to 1 within "
                        + tolerance + ")");
            }
        }
    }

    private static int nthBracket(String path, int n) {
        int pos = 0;
        for (int i = 0; i <= n; i++) {
            pos = path.indexOf('[', pos + 1);
        }
        return pos < 0 ? path.length() : pos;
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
