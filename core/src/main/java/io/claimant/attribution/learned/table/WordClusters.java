package io.claimant.attribution.learned.table;

/** Distributional word classes: words used alike share a class, so features generalise past the words seen. */
public interface WordClusters {

    /** No clusters: every word is unknown. */
    WordClusters NONE = word -> null;

    /** The class of a lower-cased word, or null when it has none. */
    String clusterOf(String lowerCaseWord);
}
