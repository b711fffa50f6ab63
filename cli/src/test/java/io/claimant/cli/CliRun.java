package io.claimant.cli;

import io.claimant.pipeline.Pipeline;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One in-process run of {@code claimant}. Standard output has two writers, as in the real process: JSON
 * goes to the context's byte stream, help and version to picocli's writer.
 */
record CliRun(int exitCode, byte[] json, String help, String stderr) {

    static CliRun withPipeline(Pipeline pipeline, byte[] stdin, String... args) {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        return run(CliContext.withSharedPipeline(pipeline, new ByteArrayInputStream(stdin), json), json, args);
    }

    /** For runs that must end before the models are needed: loading them fails the test. */
    static CliRun withoutPipeline(String... args) {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        CliContext context = new CliContext(lexicon -> {
            throw new AssertionError("the pipeline should not have been loaded");
        }, false, InputStream.nullInputStream(), json, false, false);
        return run(context, json, args);
    }

    private static CliRun run(CliContext context, ByteArrayOutputStream json, String... args) {
        CommandLine commandLine = ClaimantCli.commandLine(context);
        StringWriter help = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(help, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(args);
        return new CliRun(exit, json.toByteArray(), help.toString(), err.toString());
    }

    List<String> lines() {
        return new String(json, StandardCharsets.UTF_8).lines().toList();
    }

    List<String> errorLines() {
        return stderr.lines().toList();
    }
}
