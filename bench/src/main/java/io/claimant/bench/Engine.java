package io.claimant.bench;

import java.util.List;

/** One system under measurement: loads its models once, then processes a batch of texts. */
interface Engine {

    String name();

    /** Loads models; timed separately from processing. */
    void load();

    /** Processes all texts with the given number of threads; returns what it found (claims or quotes). */
    int process(List<String> texts, int threads);

    /** A word on what the count means, for the report. */
    String unit();
}
