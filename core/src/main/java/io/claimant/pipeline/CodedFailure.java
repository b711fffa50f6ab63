package io.claimant.pipeline;

/**
 * An exception that knows which {@link ErrorCode} its document fails with. Readers of inputs (another package)
 * implement it on their own exceptions, so that the pipeline can report their code without depending on them.
 */
public interface CodedFailure {

    ErrorCode code();
}
