package io.claimant.adapter.corenlp;

import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import io.claimant.attribution.learned.table.WordClusters;

import java.lang.reflect.Field;
import java.util.Map;

/**
 * Distributional word clusters (511 classes over 534,000 lower-cased words, from large English news corpora) that
 * CoreNLP's CoNLL NER model carries for its own features. Words in one cluster are used alike ("argued",
 * "believes", "admitted"), so a cue verb seen rarely in training is still recognised by its cluster. The model is
 * loaded for names anyway, so the clusters cost nothing more.
 *
 * <p>CoreNLP serialises the clusters inside its feature factory and offers no accessor, so they are read by
 * reflection from the pinned CoreNLP version; a build with another version fails loudly here, and a test checks it.
 */
public final class CoreNlpWordClusters implements WordClusters {

    private static final class Holder {
        static final Map<String, String> CLUSTERS = read(CoreNlpEntityRecognizer.sharedClassifier());
    }

    private final Map<String, String> clusters;

    private CoreNlpWordClusters(Map<String, String> clusters) {
        this.clusters = clusters;
    }

    /** The clusters of the shared NER model (loading it if no pipeline has yet). */
    public static CoreNlpWordClusters shared() {
        return new CoreNlpWordClusters(Holder.CLUSTERS);
    }

    @Override
    public String clusterOf(String lowerCaseWord) {
        return clusters.get(lowerCaseWord);
    }

    public int size() {
        return clusters.size();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> read(CRFClassifier<CoreLabel> classifier) {
        try {
            for (Object factory : (Iterable<Object>) field(classifier, "featureFactories")) {
                if (factory instanceof NERFeatureFactory<?>) {
                    Object lexicon = field(factory, "lexicon");
                    if (lexicon instanceof Map<?, ?> map && !map.isEmpty()) {
                        // A HashMap rather than Map.copyOf: lookups that miss are far cheaper (see LinearModel).
                        return java.util.Collections.unmodifiableMap(new java.util.HashMap<>((Map<String, String>) map));
                    }
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot read the word clusters of " + CoreNlpEntityRecognizer.MODEL
                    + " (this code knows CoreNLP 4.5's layout): " + e, e);
        }
        throw new IllegalStateException(CoreNlpEntityRecognizer.MODEL + " carries no distributional word clusters");
    }

    private static Object field(Object owner, String name) throws ReflectiveOperationException {
        for (Class<?> k = owner.getClass(); k != null; k = k.getSuperclass()) {
            try {
                Field f = k.getDeclaredField(name);
                f.setAccessible(true);
                return f.get(owner);
            } catch (NoSuchFieldException e) {
                // declared higher up
            }
        }
        throw new NoSuchFieldException(owner.getClass().getName() + "." + name);
    }
}
