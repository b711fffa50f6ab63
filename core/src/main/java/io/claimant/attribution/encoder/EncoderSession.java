package io.claimant.attribution.encoder;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.util.Map;

/**
 * The fine-tuned encoder in ONNX Runtime: one window of wordpieces in, one row of label scores per piece out.
 * One sequence per call and one thread per call: a batch of several sequences, or a thread pool splitting one
 * matrix product, can sum in another order and change the last bit of a score, and Claimant's output must be the
 * same bytes whatever the thread count. Documents run in parallel instead, each on the pipeline's own thread.
 * {@link OrtSession#run} may be called from several threads at once.
 */
public final class EncoderSession implements AutoCloseable {

    private final OrtEnvironment env;
    private final OrtSession session;
    private final long cls;
    private final long sep;

    public EncoderSession(byte[] onnxModel, long cls, long sep) {
        this.env = OrtEnvironment.getEnvironment();
        this.cls = cls;
        this.sep = sep;
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            this.session = env.createSession(onnxModel, options);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the encoder: " + e.getMessage(), e);
        }
    }

    /** Log-probabilities of each label for pieces {@code [from, to)} of {@code ids}, read as one window. */
    public float[][] logProbabilities(long[] ids, int from, int to) {
        long[][] input = new long[1][to - from + 2];
        long[][] mask = new long[1][to - from + 2];
        input[0][0] = cls;
        System.arraycopy(ids, from, input[0], 1, to - from);
        input[0][to - from + 1] = sep;
        java.util.Arrays.fill(mask[0], 1L);
        try (OnnxTensor idTensor = OnnxTensor.createTensor(env, input);
             OnnxTensor maskTensor = OnnxTensor.createTensor(env, mask);
             OrtSession.Result result = session.run(Map.of("input_ids", idTensor, "attention_mask", maskTensor))) {
            float[][] logits = ((float[][][]) result.get(0).getValue())[0];
            float[][] out = new float[to - from][];
            for (int k = 0; k < out.length; k++) {
                out[k] = logSoftmax(logits[k + 1]);
            }
            return out;
        } catch (OrtException e) {
            throw new IllegalStateException("the encoder failed: " + e.getMessage(), e);
        }
    }

    static float[] logSoftmax(float[] scores) {
        float max = Float.NEGATIVE_INFINITY;
        for (float s : scores) {
            max = Math.max(max, s);
        }
        double sum = 0;
        for (float s : scores) {
            sum += Math.exp(s - max);
        }
        float log = (float) Math.log(sum);
        float[] out = new float[scores.length];
        for (int i = 0; i < scores.length; i++) {
            out[i] = scores[i] - max - log;
        }
        return out;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }
}
