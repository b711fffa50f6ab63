package io.claimant.attribution.encoder;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimant.attribution.learned.model.TagSet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A fine-tuned encoder ready to run: its ONNX graph in a session, its tokenizer and its card. Loaded once and
 * shared by every thread; {@link #logProbabilities} is thread-safe.
 */
public final class EncoderModel implements AutoCloseable {

    private final EncoderCard card;
    private final PieceTokenizer tokenizer;
    private final EncoderSession session;

    public EncoderModel(EncoderCard card, byte[] onnx, byte[] tokenizerJson) {
        if (!TagSet.ALL.matches(card.labels().toArray(String[]::new))) {
            throw new IllegalArgumentException("the encoder's labels " + card.labels() + " are not Claimant's "
                    + java.util.Arrays.toString(TagSet.ALL.labels()) + "; export it with this version's export.py");
        }
        this.card = card;
        this.tokenizer = new PieceTokenizer(tokenizerJson);
        this.session = new EncoderSession(onnx, card.cls(), card.sep());
    }

    /** Reads the three files of an encoder: {@code encoder.json}, {@code encoder.onnx}, {@code tokenizer.json}. */
    public static EncoderModel read(InputStream card, InputStream onnx, InputStream tokenizerJson) throws IOException {
        EncoderCard parsed = new ObjectMapper().readValue(card, EncoderCard.class);
        return new EncoderModel(parsed, onnx.readAllBytes(), tokenizerJson.readAllBytes());
    }

    public EncoderCard card() {
        return card;
    }

    public WordPieces tokenize(String text) {
        return tokenizer.tokenize(text);
    }

    /**
     * Every piece's label log-probabilities, each piece decided by the window where it sits furthest from an edge
     * ({@link EncoderWindows}).
     */
    public float[][] logProbabilities(WordPieces pieces) {
        int n = pieces.size();
        float[][] out = new float[n][];
        java.util.List<EncoderWindows.Window> windows = EncoderWindows.of(n, card.window(), card.stride());
        int[] decider = EncoderWindows.decidingWindow(n, windows);
        for (int w = 0; w < windows.size(); w++) {
            io.claimant.pipeline.Deadline.check();
            EncoderWindows.Window window = windows.get(w);
            float[][] scores = session.logProbabilities(pieces.ids(), window.start(), window.end());
            for (int k = 0; k < window.length(); k++) {
                if (decider[window.start() + k] == w) {
                    out[window.start() + k] = scores[k];
                }
            }
        }
        return out;
    }

    @Override
    public void close() {
        session.close();
        tokenizer.close();
    }

    static UncheckedIOException unreadable(String what, IOException e) {
        return new UncheckedIOException("cannot read the encoder's " + what + ": " + e.getMessage(), e);
    }
}
