package io.claimant.pipeline;

/** A pipeline was assembled wrongly: an annotator needs a layer that no earlier annotator adds. */
public class PipelineConfigurationException extends IllegalStateException {
    public PipelineConfigurationException(String message) {
        super(message);
    }
}
