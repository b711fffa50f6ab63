package io.claimant.attribution.encoder;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * What the Java side must know of a trained encoder to run it, read from its card ({@code encoder.json}, written
 * by models/training/encoder/export.py with the training record beside it): the labels in the order of the
 * model's scores, the window and stride in wordpieces it was trained with, the ids of its start and end pieces,
 * and the steps after linking that validation chose.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EncoderCard(List<String> labels, int window, int stride, long cls, long sep, List<String> steps,
                          JsonNode training) {

    public EncoderCard {
        labels = List.copyOf(labels);
        steps = steps == null ? List.of() : List.copyOf(steps);
    }
}
