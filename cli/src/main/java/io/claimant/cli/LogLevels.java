package io.claimant.cli;

/**
 * Sets the levels that {@code logback.xml} reads. It has to happen before the first logger exists, since
 * logback reads its configuration once; the first logger is made when the pipeline is built, after the
 * command line has been parsed. Levels given with {@code -D} (JAVA_OPTS) are left alone.
 */
final class LogLevels {

    static final String CLAIMANT = "claimant.log.level";
    static final String ROOT = "claimant.log.root.level";

    private LogLevels() {
    }

    static void apply(boolean verbose) {
        if (verbose) {
            // Our own debug lines (a failed document's stack trace) and the libraries' INFO (model loading).
            setIfAbsent(CLAIMANT, "DEBUG");
            setIfAbsent(ROOT, "INFO");
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
