package io.claimant.cli;

import io.claimant.Claimant;
import io.claimant.pipeline.Pipeline;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.Function;

/**
 * What a run takes from its surroundings. The real process uses the standard streams and loads the models;
 * tests pass their own streams and a pipeline built once per JVM, since loading the models takes seconds.
 *
 * @param pipelines        called once per run with the run's settings (profile, model, lexicon), only after the options, the inputs and the
 *                         output have been checked
 * @param closesPipeline   whether the run owns the pipeline it gets (false for one shared between runs)
 * @param stdout           where JSON goes without {@code -o}: raw bytes, since the writers encode UTF-8
 */
record CliContext(Function<Claimant.Builder, Pipeline> pipelines, boolean closesPipeline, InputStream stdin, OutputStream stdout,
                  boolean stdoutIsTerminal, boolean stderrIsTerminal) {

    static CliContext system() {
        // FileDescriptor.out rather than System.out: a PrintStream swallows write errors, so a closed pipe
        // (`claimant extract big/ | head`) would go unnoticed and the whole batch would run for nothing.
        return new CliContext(Claimant.Builder::buildPipeline, true, System.in, new FileOutputStream(FileDescriptor.out),
                Terminals.isTerminal(1), Terminals.isTerminal(2));
    }

    /**
     * Runs with the default settings share {@code pipeline}; a run with its own profile, model or lexicon gets a
     * pipeline of its own, which costs little since the models are loaded once per JVM.
     */
    static CliContext withSharedPipeline(Pipeline pipeline, InputStream stdin, OutputStream stdout) {
        return new CliContext(settings -> settings.isDefault() ? pipeline : settings.buildPipeline(), false, stdin,
                stdout, false, false);
    }
}
