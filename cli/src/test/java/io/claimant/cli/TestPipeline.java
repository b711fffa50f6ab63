package io.claimant.cli;

import io.claimant.Claimant;
import io.claimant.pipeline.Pipeline;

/** The real pipeline, built once per JVM because its models take seconds to load. */
final class TestPipeline {

    private static final class Holder {
        static final Pipeline PIPELINE = Claimant.defaultPipeline();
    }

    private TestPipeline() {
    }

    static Pipeline shared() {
        return Holder.PIPELINE;
    }
}
