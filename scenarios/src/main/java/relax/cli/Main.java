package relax.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import relax.core.InvalidBehaviourException;
import relax.core.InvalidStructureException;

/** The {@code relax} command line: quantifies how far Bell's causal assumptions must be relaxed. */
@Command(name = "relax", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Minimum relaxations of the causal assumptions of Bell's theorem (Chaves, Kueng, Brask & Gross), as linear programs with exactly verified certificates.",
        subcommands = {
            InfluenceCommand.class,
            StructureCommand.class,
            MdCommand.class,
            BilocalCommand.class,
            AuditCommand.class,
            MicrostateCommand.class,
            ExampleCommand.class,
            ConvertCommand.class,
            CurveCommand.class,
            DualVerticesCommand.class,
            FacetsCommand.class,
            ReproduceCommand.class,
            BenchCommand.class,
            BatchCommand.class,
            MergeCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input solved (or found local)", "1:some behaviour cannot be produced by the structure",
                "2:invalid input", "3:every LP backend failed", "4:internal error"})
public final class Main {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; tests call {@code execute} on it with their own writers. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setUsageHelpWidth(110);
        cl.setUsageHelpAutoWidth(true);
        cl.setExecutionExceptionHandler(Main::handle);
        cl.setParameterExceptionHandler(Main::handleParameter);
        // every subcommand's -V/--version prints the same lines as relax --version
        for (CommandLine sub : cl.getSubcommands().values()) {
            sub.getCommandSpec().versionProvider(cl.getCommandSpec().versionProvider());
        }
        return cl;
    }

    /** A malformed command line gets one line and a pointer to the help, exit code 2. */
    private static int handleParameter(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        cl.getErr().println("relax: " + e.getMessage() + " (see: " + cl.getCommandSpec().qualifiedName() + " --help)");
        return ExitCode.INVALID;
    }

    /** User mistakes get one line and exit code 2; anything else is a bug and shows its trace. */
    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (e instanceof InvalidBehaviourException || e instanceof InvalidStructureException || e instanceof IllegalArgumentException) {
            err.println("relax: " + e.getMessage());
            return ExitCode.INVALID;
        }
        err.println("relax: internal error (please report it with the command and input): " + e);
        e.printStackTrace(err);
        return ExitCode.INTERNAL_ERROR;
    }
}
