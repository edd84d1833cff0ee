package relax.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import relax.core.InvalidBehaviourException;
import relax.core.InvalidStructureException;
import relax.scenarios.io.TerminalText;

/** The {@code relax} command line: quantifies how far Bell's causal assumptions must be relaxed. */
@Command(name = "relax", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Minimum relaxations of the causal assumptions of Bell's theorem (Chaves, Kueng, Brask & Gross 2015), as linear programs with exactly verified certificates.",
        footerHeading = "%nExamples:%n",
        footer = {"  relax influence --model x2b scenarios/examples/tsirelson.json", "  relax reproduce", "  relax help md"},
        exitCodeListHeading = "%nExit codes (every command; with several inputs the largest):%n",
        exitCodeList = {"0:every input solved (or found local)", "1:some behaviour infeasible for the structure, with an exact proof (0 with --exit-zero-on-infeasible)",
                "2:invalid input, option or output path", "3:the answer could not be established (solver trouble, out of memory)",
                "4:internal error (a bug: please report it with the command and input)"})
public final class Main {
    /** Set this environment variable (to anything) to see the stack trace of an internal error. */
    static final String DEBUG = "RELAX_DEBUG";

    /**
     * The commands, in the order {@code relax --help} lists them. Each is built only when registered: picocli
     * reflects over every option of every registered command at start-up, so {@link #main} registers only the
     * command that runs (the names here are those of the commands' {@code @Command} annotations; a test checks).
     */
    static final java.util.List<java.util.Map.Entry<String, java.util.function.Supplier<Object>>> COMMANDS = java.util.List.of(
            java.util.Map.entry("influence", InfluenceCommand::new),
            java.util.Map.entry("structure", StructureCommand::new),
            java.util.Map.entry("md", MdCommand::new),
            java.util.Map.entry("noncontextual", NoncontextualCommand::new),
            java.util.Map.entry("nodisturbance", NoDisturbanceCommand::new),
            java.util.Map.entry("faithfulness", FaithfulnessCommand::new),
            java.util.Map.entry("bilocal", BilocalCommand::new),
            java.util.Map.entry("audit", AuditCommand::new),
            java.util.Map.entry("microstate", MicrostateCommand::new),
            java.util.Map.entry("coverage", CoverageCommand::new),
            java.util.Map.entry("example", ExampleCommand::new),
            java.util.Map.entry("convert", ConvertCommand::new),
            java.util.Map.entry("curve", CurveCommand::new),
            java.util.Map.entry("dual-vertices", DualVerticesCommand::new),
            java.util.Map.entry("facets", FacetsCommand::new),
            java.util.Map.entry("reproduce", ReproduceCommand::new),
            java.util.Map.entry("bench", BenchCommand::new),
            java.util.Map.entry("batch", BatchCommand::new),
            java.util.Map.entry("merge", MergeCommand::new),
            java.util.Map.entry("help", CommandLine.HelpCommand::new));

    public static void main(String[] args) {
        System.exit(commandLine(args.length == 0 ? "" : args[0]).execute(args));
    }

    /** The configured command line with every command; tests and batch tasks call {@code execute} on it with their own writers. */
    public static CommandLine commandLine() {
        return commandLine("");
    }

    /**
     * The command line for a run whose first argument is {@code first}: only that command when it names one (other
     * than {@code help}), none for {@code --version}, otherwise all of them (help, errors, suggestions). The
     * behaviour of the command that runs is the same either way; only start-up work differs.
     */
    static CommandLine commandLine(String first) {
        CommandLine cl = new CommandLine(new Main());
        boolean version = first.equals("-V") || first.equals("--version");
        boolean named = !first.equals("help") && COMMANDS.stream().anyMatch(c -> c.getKey().equals(first));
        for (var c : COMMANDS) {
            if (!version && (!named || c.getKey().equals(first))) {
                cl.addSubcommand(c.getKey(), new CommandLine(c.getValue().get()));
            }
        }
        cl.setUsageHelpWidth(110);
        cl.setUsageHelpAutoWidth(true);
        cl.setExecutionExceptionHandler(Main::handle);
        cl.setParameterExceptionHandler(Main::handleParameter);
        cl.setExecutionStrategy(Main::run);
        // every subcommand's -V/--version prints the same lines as relax --version
        for (CommandLine sub : cl.getSubcommands().values()) {
            sub.getCommandSpec().versionProvider(cl.getCommandSpec().versionProvider());
        }
        complete(cl);
        return cl;
    }

    /** One-line summaries, examples and exit codes for commands that do not declare their own. */
    private static final java.util.Map<String, String> SUMMARIES = java.util.Map.of(
            "example", "Writes a named behaviour of the paper (PR box, Tsirelson, Werner, CGLMP, GHZ, swapping, ...) as a behaviour file.",
            "convert", "Reads a behaviour in any input form (JSON, CSV, counts, correlators) and writes it as a canonical behaviour file.",
            "help", "Shows the help of a command: relax help COMMAND.");
    private static final java.util.Map<String, String[]> EXAMPLES = java.util.Map.of(
            "example", new String[] {"  relax example werner --visibility 0.8 > werner.json", "  relax example cglmp --d 3 > cglmp3.json"},
            "convert", new String[] {"  relax convert counts.csv --out counts.json"},
            "help", new String[] {"  relax help influence"});

    /**
     * Gives every subcommand a whole one-line summary (its header, listed by {@code relax --help}), examples and its exit
     * codes, where it does not declare them itself.
     */
    private static void complete(CommandLine cl) {
        for (CommandLine sub : cl.getSubcommands().values()) {
            CommandLine.Model.UsageMessageSpec u = sub.getCommandSpec().usageMessage();
            String name = sub.getCommandName();
            if (u.header().length == 0 && SUMMARIES.containsKey(name)) {
                u.header(SUMMARIES.get(name));
            }
            if (u.footer().length == 0 && EXAMPLES.containsKey(name)) {
                u.footerHeading("%nExamples:%n");
                u.footer(EXAMPLES.get(name));
            }
            if (u.exitCodeList().isEmpty()) {
                u.exitCodeListHeading("%nExit codes:%n");
                java.util.Map<String, String> codes = new java.util.LinkedHashMap<>();
                codes.put("0", "done");
                codes.put("2", "invalid input or option");
                codes.put("4", "internal error (a bug: please report it)");
                u.exitCodeList(codes);
            }
        }
    }

    /** Runs the chosen command; errors (which picocli lets through) become one line and an exit code, never a trace. */
    private static int run(CommandLine.ParseResult parsed) {
        CommandLine cl = parsed.commandSpec().commandLine();
        try {
            return new CommandLine.RunLast().execute(parsed);
        } catch (OutOfMemoryError e) {
            cl.getErr().println("relax: " + outOfMemory());
            cl.getErr().flush();
            return ExitCode.SOLVER_FAILURE;
        } catch (StackOverflowError | LinkageError | AssertionError e) {
            cl.getErr().println("relax: " + internalError(e, cl.getErr()));
            cl.getErr().flush();
            return ExitCode.INTERNAL_ERROR;
        }
    }

    /** A malformed command line gets one line and a pointer to the help, exit code 2. */
    private static int handleParameter(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        String message = e.getMessage();
        if (e.getCause() != null) {
            // picocli's conversion messages quote the Java exception (e.g. java.nio.file.InvalidPathException): say it in words
            String argument = e.getArgSpec() == null ? "an argument" : e.getArgSpec().paramLabel();
            message = "invalid value" + (e.getValue() == null ? "" : " '" + e.getValue() + "'") + " for " + argument
                    + (e.getCause() instanceof java.nio.file.InvalidPathException ? ": not a usable file name" : "");
        }
        cl.getErr().println("relax: " + oneLine(message) + " (see: " + cl.getCommandSpec().qualifiedName() + " --help)");
        return ExitCode.INVALID;
    }

    /** User mistakes get one line and exit code 2; anything else is a bug: one line, exit code 4 (the trace with RELAX_DEBUG). */
    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (e instanceof InvalidBehaviourException || e instanceof InvalidStructureException || e instanceof IllegalArgumentException
                || e instanceof relax.scenarios.microstate.InvalidModelException) {
            err.println("relax: " + oneLine(e.getMessage()));
            err.flush();
            return ExitCode.INVALID;
        }
        err.println("relax: " + internalError(e, err));
        err.flush();
        return ExitCode.INTERNAL_ERROR;
    }

    /** The message for running out of memory. */
    static String outOfMemory() {
        return "out of memory (the Java heap is " + Runtime.getRuntime().maxMemory() / (1 << 20)
                + " MB); the problem is too large for it: give Java more with RELAX_JAVA_OPTS=-Xmx8g, or shrink the scenario";
    }

    /**
     * The one line for an unexpected failure (a bug), without its Java details; with the environment variable
     * {@code RELAX_DEBUG} set, the stack trace goes to {@code err} first.
     */
    static String internalError(Throwable e, PrintWriter err) {
        if (System.getenv(DEBUG) != null) {
            e.printStackTrace(err);
        }
        return "internal error" + (e instanceof StackOverflowError ? " (the computation nested too deeply)" : "")
                + ": a bug, please report it with the command and input (" + DEBUG + "=1 shows the details)";
    }

    /** {@code s} on one line and safe on a terminal ({@link TerminalText#safe}); empty for null. */
    static String oneLine(String s) {
        return s == null ? "" : TerminalText.safe(s);
    }

}
