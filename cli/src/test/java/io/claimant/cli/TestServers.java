package io.claimant.cli;

import io.claimant.pipeline.Pipeline;
import picocli.CommandLine;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Starts {@code claimant serve} in-process on a free port, exactly as the command line would, with given models. */
final class TestServers {

    private TestServers() {
    }

    static ServeCommand.Running start(Function<io.claimant.Claimant.Builder, Pipeline> pipelines, boolean loadNow,
                                      String... options) {
        return start(pipelines, loadNow, new StringWriter(), options);
    }

    /** As {@link #start(Function, boolean, String...)}, with the command's messages written to {@code err}. */
    static ServeCommand.Running start(Function<io.claimant.Claimant.Builder, Pipeline> pipelines, boolean loadNow,
                                      StringWriter err, String... options) {
        CliContext context = new CliContext(pipelines, false, InputStream.nullInputStream(),
                OutputStream.nullOutputStream(), false, false);
        CommandLine commandLine = ClaimantCli.commandLine(context);
        commandLine.setErr(new PrintWriter(err, true));
        List<String> args = new ArrayList<>(List.of("serve", "--port", "0"));
        args.addAll(List.of(options));
        CommandLine.ParseResult parsed = commandLine.parseArgs(args.toArray(String[]::new));
        ServeCommand serve = (ServeCommand) parsed.subcommand().commandSpec().userObject();
        ServeCommand.Running running = serve.start();
        if (loadNow) {
            running.loadModels();
        }
        return running;
    }
}
