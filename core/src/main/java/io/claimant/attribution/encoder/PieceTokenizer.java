package io.claimant.attribution.encoder;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The encoder's wordpiece tokenizer: the Hugging Face tokenizer file it was trained with, run through DJL's
 * binding of the same Rust library that Python's {@code tokenizers} is, so pieces and offsets are those training
 * saw. No special tokens, no truncation, no padding: windows are cut by {@link EncoderWindows}.
 * Thread-safe (the native tokenizer is immutable once built).
 */
public final class PieceTokenizer implements AutoCloseable {

    private final HuggingFaceTokenizer tokenizer;

    public PieceTokenizer(byte[] tokenizerJson) {
        try {
            tokenizer = HuggingFaceTokenizer.newInstance(new ByteArrayInputStream(tokenizerJson),
                    Map.of("addSpecialTokens", "false", "truncation", "false", "padding", "false",
                            "modelMaxLength", String.valueOf(Integer.MAX_VALUE)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the encoder's tokenizer", e);
        }
    }

    public WordPieces tokenize(String text) {
        Encoding encoding = tokenizer.encode(text, false, false);
        long[] ids = encoding.getIds();
        CharSpan[] spans = encoding.getCharTokenSpans();
        int[] utf16 = utf16Offsets(text);
        int[] begin = new int[ids.length];
        int[] end = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            begin[i] = spans[i] == null ? -1 : utf16[spans[i].getStart()];
            end[i] = spans[i] == null ? -1 : utf16[spans[i].getEnd()];
        }
        return new WordPieces(ids, begin, end);
    }

    /** The Rust tokenizer counts code points; Java strings count UTF-16 units, which differ after an emoji. */
    static int[] utf16Offsets(String text) {
        int[] out = new int[text.codePointCount(0, text.length()) + 1];
        int k = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            out[k++] = i;
        }
        out[k] = text.length();
        return out;
    }

    @Override
    public void close() {
        tokenizer.close();
    }
}
