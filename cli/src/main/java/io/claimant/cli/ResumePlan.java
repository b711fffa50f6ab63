package io.claimant.cli;

/**
 * Where a run starts: at the beginning, or where its journal says an interrupted run stopped.
 *
 * @param journal the journal this run records its progress in; null when it writes to standard output or a folder
 */
record ResumePlan(RunJournal journal, RunJournal.Position position) {

    /** A run with no journal: it writes to standard output or a folder, which cannot be resumed. */
    static final ResumePlan WITHOUT_JOURNAL = new ResumePlan(null, RunJournal.Position.START);

    /** How many inputs are done already, and are skipped. */
    int done() {
        return position.done();
    }
}
