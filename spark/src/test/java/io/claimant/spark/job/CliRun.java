package io.claimant.spark.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code claimant extract} as its own JVM, as a user runs it, for the job's output to be compared with. */
final class CliRun {

    private CliRun() {
    }

    /** The exit code of {@code claimant ARGS}; standard error goes to {@code log}. */
    static int claimant(Path log, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
                "-cp", System.getProperty("java.class.path"), "io.claimant.cli.ClaimantCli"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("claimant " + String.join(" ", args) + " did not finish");
        }
        return process.exitValue();
    }
}
