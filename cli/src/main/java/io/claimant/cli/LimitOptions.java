package io.claimant.cli;

import io.claimant.Claimant;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --max-bytes} and {@code --max-seconds-per-doc}, shared by extract and serve: the size limit and the time
 * budget of each document, the same settings the Java builder takes, with the same defaults.
 */
final class LimitOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--max-bytes", paramLabel = "N", converter = ByteSizeConverter.class,
            description = "Largest document accepted, in bytes (suffixes K, M, G for KiB, MiB, GiB); a larger one fails "
                    + "with too-large before it is read. Default: 10M.")
    private Long maxBytes;

    @Option(names = "--max-seconds-per-doc", paramLabel = "S",
            description = "Time budget of each document, in seconds; past it the document fails with time-limit "
                    + "(504 from the server). 0 turns the limit off. Default: 30 s plus 1 s per 10,000 characters.")
    private Double maxSeconds;

    /** Sets the limits given on the command line on {@code settings}; a value out of range is a usage error. */
    Claimant.Builder applyTo(Claimant.Builder settings) {
        if (maxBytes != null) {
            if (maxBytes < 1) {
                throw new ParameterException(command.commandLine(), "--max-bytes must be at least 1, got " + maxBytes);
            }
            settings.maxBytes(maxBytes);
        }
        if (maxSeconds != null) {
            if (maxSeconds < 0 || maxSeconds.isNaN()) {
                throw new ParameterException(command.commandLine(),
                        "--max-seconds-per-doc must be 0 (no limit) or more, got " + maxSeconds);
            }
            settings.maxSecondsPerDoc(maxSeconds);
        }
        return settings;
    }
}
