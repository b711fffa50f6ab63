package io.claimant.adapter.corenlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import io.claimant.document.Document;
import io.claimant.document.EntityMention;
import io.claimant.document.EntityType;
import io.claimant.document.Layer;
import io.claimant.document.MentionKind;
import io.claimant.document.Sentence;
import io.claimant.document.SentenceCap;
import io.claimant.document.Token;
import io.claimant.pipeline.Annotator;
import io.claimant.pipeline.Deadline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Named entities from Stanford CoreNLP's CoNLL 4-class CRF, run directly on our own tokens. Calling the
 * classifier rather than a StanfordCoreNLP pipeline skips CoreNLP's tokenizer, SUTime, numeric and
 * fine-grained NER: about 0.5 GB and a few seconds to load instead of several GB and tens of seconds.
 * This is the only class that sees CoreNLP types (GPL); a pipeline without it is possible.
 */
public final class CoreNlpEntityRecognizer implements Annotator {

    public static final String MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    private static final Logger LOG = LoggerFactory.getLogger(CoreNlpEntityRecognizer.class);

    /** The model is large and read-only once loaded: one copy per JVM, shared by every pipeline and thread. */
    private static final class Holder {
        static final CRFClassifier<CoreLabel> CLASSIFIER = load();

        private static CRFClassifier<CoreLabel> load() {
            long start = System.nanoTime();
            try {
                // Read from a stream, not by name: CoreNLP's by-name loader logs "Loading classifier … done" at
                // INFO, which an application embedding the library would print; ours below is DEBUG.
                CRFClassifier<CoreLabel> c;
                try (java.io.InputStream raw = CoreNlpEntityRecognizer.class.getClassLoader().getResourceAsStream(MODEL)) {
                    if (raw == null) {
                        throw new java.io.FileNotFoundException(MODEL + " is not on the classpath");
                    }
                    c = CRFClassifier.getClassifier(new java.util.zip.GZIPInputStream(
                            new java.io.BufferedInputStream(raw, 1 << 16), 1 << 16));
                }
                LOG.debug("loaded {} in {} ms", MODEL, (System.nanoTime() - start) / 1_000_000);
                return c;
            } catch (Exception e) {
                throw new IllegalStateException("cannot load the NER model " + MODEL
                        + " from the classpath (it ships in io.claimant:claimant-models)", e);
            }
        }
    }

    private final CRFClassifier<CoreLabel> classifier;

    /** The loaded model, shared with {@link CoreNlpWordClusters}. */
    static CRFClassifier<CoreLabel> sharedClassifier() {
        return Holder.CLASSIFIER;
    }

    public CoreNlpEntityRecognizer() {
        classifier = Holder.CLASSIFIER;
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.SENTENCES, Layer.TOKENS);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.ENTITY_MENTIONS);
    }

    @Override
    public Document annotate(Document document) {
        List<EntityMention> mentions = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            List<Token> tokens = document.tokens(sentence);
            if (tokens.isEmpty()) {
                continue;
            }
            List<CoreLabel> labels = new ArrayList<>(tokens.size());
            for (Token t : tokens) {
                // The CRF was trained on PTB text with straight apostrophes ("Massie 's").
                String word = t.text().replace('\u2019', '\'').replace('\u2018', '\'');
                CoreLabel label = new CoreLabel();
                label.setWord(word);
                label.setValue(word);
                label.setOriginalText(t.text());
                labels.add(label);
            }
            // Our own splitter already cuts sentences at SentenceCap.MAX_TOKENS; a document built elsewhere may
            // not, and the CRF's cost grows faster than the sentence, so it is given pieces of at most that many.
            for (int from = 0; from < tokens.size(); ) {
                Deadline.check();
                int to = SentenceCap.pieceEnd(i -> tokens.get(i).text(), from, tokens.size());
                List<CoreLabel> tagged = classifier.classifySentence(from == 0 && to == tokens.size() ? labels
                        : new ArrayList<>(labels.subList(from, to)));
                collectMentions(document, sentence, tokens.subList(from, to), tagged, mentions);
                from = to;
            }
        }
        return document.withMentions(mentions);
    }

    private static void collectMentions(Document document, Sentence sentence, List<Token> tokens,
                                        List<CoreLabel> tagged, List<EntityMention> out) {
        int start = -1;
        EntityType current = null;
        for (int i = 0; i <= tokens.size(); i++) {
            EntityType type = i < tokens.size() ? type(tagged.get(i).get(CoreAnnotations.AnswerAnnotation.class)) : null;
            if (current != null && type != current) {
                out.add(mention(document, sentence, tokens, start, i, current));
                current = null;
            }
            if (type != null && current == null) {
                current = type;
                start = i;
            }
        }
    }

    private static EntityMention mention(Document document, Sentence sentence, List<Token> tokens, int from, int to,
                                         EntityType type) {
        int begin = tokens.get(from).begin();
        int end = tokens.get(to - 1).end();
        return new EntityMention(begin, end, document.text().substring(begin, end), type, MentionKind.NAME,
                sentence.index(), null);
    }

    private static EntityType type(String answer) {
        if (answer == null) {
            return null;
        }
        return switch (answer) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION" -> EntityType.LOCATION;
            case "MISC" -> EntityType.MISC;
            default -> null;
        };
    }
}
