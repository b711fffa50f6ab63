package io.claimant.bench;

import io.claimant.Claimant;
import io.claimant.Profile;
import io.claimant.pipeline.DocumentInput;
import io.claimant.pipeline.Pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Claimant's full pipeline in one profile, as {@code claimant extract --profile P} runs it. */
final class ClaimantEngine implements Engine {

    private final Profile profile;
    private Pipeline pipeline;

    ClaimantEngine(Profile profile) {
        this.profile = profile;
    }

    @Override
    public String name() {
        return "claimant-" + profile.id();
    }

    @Override
    public void load() {
        pipeline = Claimant.builder().profile(profile).buildPipeline();
        // Model holders load lazily; one tiny document makes every model load inside the timed load step.
        pipeline.annotate("warm-up", "Officials said the models had loaded.");
    }

    @Override
    public int process(List<String> texts, int threads) {
        List<DocumentInput> inputs = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            inputs.add(DocumentInput.ofText("doc-" + i, texts.get(i)));
        }
        AtomicInteger claims = new AtomicInteger();
        pipeline.process(inputs, threads, r -> {
            if (r.failed()) {
                throw new IllegalStateException(r.id() + ": " + r.error());
            }
            claims.addAndGet(r.document().claims().size());
        });
        return claims.get();
    }

    @Override
    public String unit() {
        return "claims";
    }
}
