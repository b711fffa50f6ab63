package io.claimant.server;

import io.claimant.testing.SharedPipeline;
import io.claimant.document.Document;
import io.claimant.document.Layer;
import io.claimant.pipeline.Annotator;
import io.claimant.pipeline.Pipeline;

import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** The real pipeline, behind a gate: each document says it has arrived, then waits for the gate to open. */
final class GatedPipeline {

    private GatedPipeline() {
    }

    static Pipeline of(CountDownLatch gate, CountDownLatch entered) {
        Annotator wait = new Annotator() {
            @Override
            public Set<Layer> requires() {
                return Set.of();
            }

            @Override
            public Set<Layer> provides() {
                return Set.of();
            }

            @Override
            public Document annotate(Document document) {
                entered.countDown();
                try {
                    gate.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return SharedPipeline.claimant().annotate(document.id(), document.text());
            }
        };
        return Pipeline.builder().add(wait).build();
    }
}
