package io.claimant.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;

/** {@code claimant}: the command line's entry point. The work is done by its subcommands. */
@Command(name = "claimant", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Finds who said what (claims: source, cue, content) in English news articles.",
        subcommands = CommandLine.HelpCommand.class,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every document was processed",
            "1:some documents could not be read or processed",
            "2:usage error",
            "3:nothing was processed (no input files, output not writable, models not loadable)"},
        footer = {"%nRun 'claimant extract --help' for how to extract claims, 'claimant eval --help' for how "
                + "to score them against annotated files, and 'claimant serve --help' for the HTTP API."})
public final class ClaimantCli implements Runnable {

    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine(CliContext.system()).execute(args));
    }

    static CommandLine commandLine(CliContext context) {
        CommandLine commandLine = new CommandLine(new ClaimantCli());
        // Settings below reach only the subcommands added before them.
        commandLine.addSubcommand(new ExtractCommand(context));
        commandLine.addSubcommand(new EvalCommand(context));
        commandLine.addSubcommand(new TrainCommand(context));
        commandLine.addSubcommand(new ServeCommand(context));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler(ClaimantCli::fatal);
        commandLine.setParameterExceptionHandler(ClaimantCli::usageError);
        return commandLine;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing a command, e.g. 'claimant extract FILE'");
    }

    /**
     * A usage error: one line naming the mistake and where the help is. The whole help would push the mistake
     * off the screen, and the user asked for a run, not for the manual.
     */
    private static int usageError(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("claimant: " + e.getMessage() + "; see '" + commandLine.getCommandSpec().qualifiedName()
                + " --help'");
        err.flush();
        return ExitCodes.USAGE;
    }

    /** The last stop for exceptions from a command: one line for the user, a stack trace only on request. */
    private static int fatal(Exception e, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        boolean verbose = commandLine.getCommand() instanceof ExtractCommand extract && extract.verbose;
        if (e instanceof FatalException) {
            err.println("claimant: " + e.getMessage());
        } else {
            err.println("claimant: unexpected error: " + e);
            if (!verbose) {
                err.println("claimant: run with --verbose for details");
            }
        }
        if (verbose && (e.getCause() != null || !(e instanceof FatalException))) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.FATAL;
    }
}
