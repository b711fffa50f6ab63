package io.claimant.cli;

import picocli.CommandLine;

/** What {@code claimant} returns, so that scripts can tell a partial batch from one that did nothing. */
final class ExitCodes {

    /** Every document was processed. */
    static final int OK = 0;
    /** Some documents could not be read or processed; the others were written. */
    static final int SOME_FAILED = 1;
    /** Picocli's own code for a bad command line. */
    static final int USAGE = CommandLine.ExitCode.USAGE;
    /** Nothing usable was produced: no inputs, output not writable, models not loadable, output closed. */
    static final int FATAL = 3;

    private ExitCodes() {
    }
}
