package io.claimant.adapter.opennlp;

import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The English Universal Dependencies models from Maven Central (org.apache.opennlp:opennlp-models-*-en),
 * loaded from the classpath by resource name on first use and shared by the whole JVM: OpenNLP models are
 * immutable, so one copy serves every pipeline and thread.
 */
public final class OpenNlpModels {

    private static final Logger LOG = LoggerFactory.getLogger(OpenNlpModels.class);

    static final String SENTENCE = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String LEMMAS = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private OpenNlpModels() {
    }

    /** Initialization-on-demand holder: loaded once, thread-safely, on first access. */
    private static final class Holder {
        static final SentenceModel SENTENCE_MODEL = load(SENTENCE, SentenceModel::new);
        static final TokenizerModel TOKENIZER_MODEL = load(TOKENS, TokenizerModel::new);
        static final POSModel POS_MODEL = load(POS, POSModel::new);
        static final LemmatizerModel LEMMATIZER_MODEL = load(LEMMAS, LemmatizerModel::new);
    }

    public static SentenceModel sentenceModel() { return Holder.SENTENCE_MODEL; }
    public static TokenizerModel tokenizerModel() { return Holder.TOKENIZER_MODEL; }
    public static POSModel posModel() { return Holder.POS_MODEL; }
    public static LemmatizerModel lemmatizerModel() { return Holder.LEMMATIZER_MODEL; }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, ModelReader<M> reader) {
        long start = System.nanoTime();
        try (InputStream in = OpenNlpModels.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath; "
                        + "add the matching org.apache.opennlp:opennlp-models-*-en artifact");
            }
            M model = reader.read(in);
            LOG.debug("loaded {} in {} ms", resource, (System.nanoTime() - start) / 1_000_000);
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP model " + resource, e);
        }
    }
}
