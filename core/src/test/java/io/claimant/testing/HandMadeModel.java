package io.claimant.testing;

import io.claimant.attribution.learned.model.AttributionModel;
import io.claimant.attribution.learned.model.FeatureFingerprint;
import io.claimant.attribution.learned.model.LearnerSettings;
import io.claimant.attribution.learned.model.LinearModel;
import io.claimant.attribution.learned.model.ModelCard;
import io.claimant.attribution.learned.model.ModelSettings;
import io.claimant.attribution.learned.model.TagSet;

import java.util.List;
import java.util.Map;

/**
 * An attribution model with a handful of weights set by hand, so that the learned stage can be tested on
 * hand-built documents without training or loading anything. Its cue model takes every form of "say" as a cue and
 * nothing else; its role model takes the names left of the cue as the source and the words right of it, up to a
 * full stop, as the content. Write one sentence a paragraph: the role model reads the cue's whole paragraph.
 */
public final class HandMadeModel {

    private HandMadeModel() {
    }

    public static AttributionModel withSteps(List<String> steps) {
        LinearModel cues = new LinearModel(TagSet.CUES.labels(), Map.of(
                "bias", new float[] {3, 0, 0},
                "lemma=say", new float[] {0, 6, 0}), LinearModel.Link.SOFTMAX);
        LinearModel roles = new LinearModel(TagSet.ROLES.labels(), Map.of(
                "bias", new float[] {2, 0, 0, 0, 0},
                "mention|side=PERSON|L", new float[] {0, 4, 4.5f, 0, 0},
                "side=R", new float[] {0, 0, 0, 4, 4.5f},
                "side|word=R|.", new float[] {20, 0, 0, 0, 0}), LinearModel.Link.SOFTMAX);
        ModelCard.Training training = new ModelCard.Training(List.of(), List.of("by hand"), Map.of(), "all", 1,
                LearnerSettings.liblinear("L2R_LR", 1, 0.01), LearnerSettings.liblinear("L2R_LR", 1, 0.01), "none");
        ModelCard card = new ModelCard(ModelCard.FORMAT_VERSION, FeatureFingerprint.current(),
                new ModelSettings(0, steps), training, List.of(), List.of(), Map.of());
        return new AttributionModel(cues, roles, card);
    }
}
