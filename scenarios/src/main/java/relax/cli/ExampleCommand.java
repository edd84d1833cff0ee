package relax.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import relax.core.Behaviour;
import relax.scenarios.io.BehaviourFile;
import relax.scenarios.io.ContextualityFile;
import relax.scenarios.statistics.Sampling;
import relax.scenarios.quantum.Bilocal;
import relax.scenarios.quantum.CglmpQuantum;
import relax.scenarios.quantum.ExampleBehaviours;
import relax.scenarios.quantum.PeresMermin;

/** {@code relax example NAME}: writes a named behaviour of Chaves et al. (2015) as a behaviour file on standard output. */
@Command(name = "example", mixinStandardHelpOptions = true, modelTransformer = ExampleCommand.Help.class,
        description = {"Writes a behaviour file (JSON) to standard output, e.g.", "  relax example werner --visibility 0.8 > werner.json",
            "Every example mixes in white noise: V p + (1 - V) uniform, V = --visibility.",
            "Each number is the shortest decimal of the computed probability, with the largest entry of each block written as 1 minus "
                + "the others, so every block sums to exactly 1 and the file is accepted even at --tolerance 0.", ""})
public final class ExampleCommand implements Callable<Integer> {
    private static final String VISIBILITY = "--visibility";
    private static final String EPSILON = "--epsilon";
    private static final String ALICE = "--alice-angles";
    private static final String BOB = "--bob-angles";
    private static final String D = "--d";
    /** Most runs per setting --runs simulates (each run is drawn separately). */
    private static final long MAX_RUNS = 100_000_000L;

    /** A named behaviour: what it is, which options it reads, how it is made (or, for another kind of file, its JSON text). */
    record Generator(String name, String description, Set<String> options, Function<ExampleCommand, Behaviour> make, Function<ExampleCommand, String> file) {
        Generator(String name, String description, Set<String> options, Function<ExampleCommand, Behaviour> make) {
            this(name, description, options, make, null);
        }
    }

    /** Every example, in the order of the help text. */
    static final List<Generator> GENERATORS = List.of(
            new Generator("pr-box", "PR box: a+b = xy mod 2, uniform marginals", Set.of(VISIBILITY),
                    c -> ExampleBehaviours.prBox(c.visibility)),
            new Generator("tsirelson", "Tsirelson box (1 + (-1)^(a+b+xy)/sqrt 2)/4", Set.of(VISIBILITY),
                    c -> ExampleBehaviours.tsirelson(c.visibility)),
            new Generator("werner", "singlet, CHSH-optimal X-Z measurements (Werner state)", Set.of(VISIBILITY),
                    c -> ExampleBehaviours.werner(c.visibility)),
            new Generator("two-qubit", "sqrt(eps)|00>+sqrt(1-eps)|11>, X-Z angles (default: eq. 10)",
                    Set.of(VISIBILITY, EPSILON, ALICE, BOB), ExampleCommand::twoQubit),
            new Generator("i3322-pr", "the I3322 box of eq. (36): I3322 = 1", Set.of(VISIBILITY),
                    c -> ExampleBehaviours.i3322Box(c.visibility)),
            new Generator("cglmp", "quantum behaviour maximising CGLMP I_D in dimension --d D: top eigenvector of the Bell operator",
                    Set.of(VISIBILITY, D), c -> CglmpQuantum.withVisibility(c.d, c.visibility)),
            new Generator("ghz", "three-qubit GHZ, each party measures X or Y (Mermin 4)", Set.of(VISIBILITY),
                    c -> ExampleBehaviours.ghz(c.visibility)),
            new Generator("bilocal", "entanglement swapping, two Werner states of visibility V (eq. 54)", Set.of(VISIBILITY),
                    c -> Bilocal.werner(c.visibility)),
            new Generator("swapping-pauli", "two singlets, A and C measure X, Y, Z, B the Bell basis (bilocal, appendix)", Set.of(),
                    c -> Bilocal.pauliSwapping()),
            new Generator("peres-mermin", "contextuality file: Peres-Mermin square, Pauli array of Pearl & Cavalcanti eq. (7) on |00> (--epsilon: sqrt(eps)|00>+sqrt(1-eps)|11>)",
                    Set.of(VISIBILITY, EPSILON), null, c -> ContextualityFile.toJson(PeresMermin.example(c.spec.commandLine().getParseResult().hasMatchedOption(EPSILON) ? c.epsilon : 1, c.visibility))));

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "The example (listed above).")
    String name;

    @Option(names = VISIBILITY, paramLabel = "V", defaultValue = "1", description = "Weight of the behaviour against white noise, in [0,1] (default: ${DEFAULT-VALUE}).")
    double visibility;

    @Option(names = EPSILON, paramLabel = "EPS", defaultValue = "0.25", description = "two-qubit: the state sqrt(eps)|00> + sqrt(1-eps)|11>, eps in [0,1] (default: ${DEFAULT-VALUE}).")
    double epsilon;

    @Option(names = ALICE, paramLabel = "ANGLES", split = ",", converter = Angle.class,
            description = "two-qubit: Alice's measurement angle per input, cos t Z + sin t X, in radians; pi allowed, e.g. 0,pi,pi/2 (default: eq. 10).")
    double[] aliceAngles;

    @Option(names = BOB, paramLabel = "ANGLES", split = ",", converter = Angle.class,
            description = "two-qubit: Bob's angles (default: eq. 10, 0,arctan(2 sqrt(eps(1-eps))),-pi).")
    double[] bobAngles;

    @Option(names = D, paramLabel = "D", defaultValue = "3", description = "cglmp: the dimension (default: ${DEFAULT-VALUE}).")
    int d;

    @Option(names = "--runs", paramLabel = "N",
            description = "Simulate an experiment: write counts of N runs per setting, each outcome drawn from the behaviour (docs/statistics.md).")
    Long runs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "With --runs: the seed (random stream 0 of S, docs/statistics.md), so the same command writes the same counts (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        Generator g = GENERATORS.stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "unknown example '" + name + "': expected one of " + String.join(", ", GENERATORS.stream().map(Generator::name).toList())));
        for (String option : List.of(VISIBILITY, EPSILON, ALICE, BOB, D)) {
            if (spec.commandLine().getParseResult().hasMatchedOption(option) && !g.options().contains(option)) {
                throw new IllegalArgumentException(option + " does not apply to the " + name + " example");
            }
        }
        finite(VISIBILITY, visibility);
        finite(EPSILON, epsilon);
        String text;
        if (g.file() != null) {
            if (runs != null) {
                throw new IllegalArgumentException("--runs simulates counts of a Bell behaviour; the " + name + " example is another kind of file");
            }
            text = g.file().apply(this);
        } else {
            Behaviour b = g.make().apply(this);
            for (int i = 0; i < b.scenario().size(); i++) {
                if (!Double.isFinite(b.get(i))) {
                    throw new IllegalArgumentException("the parameters of the " + name + " example give " + b.scenario().entryName(i) + " = " + b.get(i)
                            + ", not a probability");
                }
            }
            if (runs != null) {
                if (runs < 1 || runs > MAX_RUNS) {
                    throw new IllegalArgumentException("--runs must be between 1 and " + MAX_RUNS + ", got " + runs);
                }
                long[] perSetting = new long[b.scenario().inputBlocks()];
                java.util.Arrays.fill(perSetting, runs);
                b = Sampling.experiment(b, perSetting, Sampling.stream(seed, 0)).named(b.name() + ", " + runs + " runs per setting",
                        "counts simulated by: relax example " + String.join(" ", arguments()));
            }
            text = BehaviourFile.toJson(b);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(text);
        out.flush();
        return ExitCode.OPTIMAL;
    }

    /** This command's own arguments, as given (without the command name). */
    private List<String> arguments() {
        List<String> all = spec.commandLine().getParseResult().originalArgs();
        int i = all.indexOf(spec.name());
        return i >= 0 ? all.subList(i + 1, all.size()) : all;
    }

    private static void finite(String option, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(option + " must be a finite number, got " + v);
        }
    }

    private Behaviour twoQubit() {
        double[] a = aliceAngles != null ? aliceAngles : ExampleBehaviours.iAtoBAliceAngles();
        double[] b = bobAngles != null ? bobAngles : ExampleBehaviours.iAtoBBobAngles(epsilon);
        return ExampleBehaviours.twoQubit(epsilon, a, b, visibility);
    }

    /** Angles in radians: a number, or a multiple of pi such as {@code pi/2}, {@code -3pi/4}, {@code 0.5*pi}. */
    static final class Angle implements CommandLine.ITypeConverter<Double> {
        @Override
        public Double convert(String text) {
            String t = text.trim().toLowerCase(java.util.Locale.ROOT).replace(" ", "");
            try {
                int pi = t.indexOf("pi");
                if (pi < 0) {
                    double v = Double.parseDouble(t);
                    if (!Double.isFinite(v)) {
                        throw new NumberFormatException();
                    }
                    return v;
                }
                String before = t.substring(0, pi).replaceFirst("\\*$", "");
                String after = t.substring(pi + 2);
                double factor = before.isEmpty() || before.equals("+") ? 1 : before.equals("-") ? -1 : Double.parseDouble(before);
                double divisor = after.isEmpty() ? 1 : after.startsWith("/") ? Double.parseDouble(after.substring(1)) : Double.NaN;
                double v = factor * Math.PI / divisor;
                if (!Double.isFinite(v) || !Double.isFinite(factor) || !Double.isFinite(divisor)) {
                    throw new NumberFormatException();
                }
                return v;
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + text + "' is not an angle (radians, e.g. 0.5, pi/2, -3pi/4)");
            }
        }
    }

    /** Lists the generators in the help text, from {@link #GENERATORS}. */
    static final class Help extends ListedHelp {
        Help() {
            super("Examples:", () -> GENERATORS.stream().map(g -> new String[] {g.name(), g.description()}).toList());
        }
    }
}
