package io.claimant.attribution.encoder;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/**
 * What the Java side must know of a trained encoder to run it, read from its card ({@code encoder.json}, written
 * by models/training/encoder/export.py with the training record beside it): the labels in the order of the
 * model's scores, the window and stride in wordpieces it was trained with, the ids of its start and end pieces,
 * and what validation chose: the steps after linking and the label biases of decoding.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EncoderCard(List<String> labels, int window, int stride, long cls, long sep, List<String> steps,
                          Map<String, Double> bias, JsonNode training) {

    public EncoderCard {
        labels = List.copyOf(labels);
        steps = steps == null ? List.of() : List.copyOf(steps);
        bias = bias == null ? Map.of() : Map.copyOf(bias);
        for (String label : bias.keySet()) {
            if (!labels.contains(label)) {
                throw new IllegalArgumentException("the card biases an unknown label '" + label + "'");
            }
        }
    }

    /**
     * What decoding adds to each label's log-probability, in label order: a cue bias trades precision for recall
     * where the encoder, trained on many more outside tokens than cue tokens, is too shy of cues. Chosen on
     * validation texts, never on the texts reported.
     */
    public float[] biasByLabel() {
        float[] out = new float[labels.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = bias.getOrDefault(labels.get(i), 0.0).floatValue();
        }
        return out;
    }
}
