package io.claimant.eval;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Pairs predicted documents with gold ones by name. {@code claimant extract} names a document by its path under
 * the folder it was given, so predictions made on {@code data/} say {@code dev/a-bus-depot.txt} where the gold
 * folder {@code data/dev} says {@code a-bus-depot.txt}: a gold name that ends the predicted name on a folder
 * boundary is the same document. Predictions that match nothing would score zero without a word, so that is an
 * error that shows both sides' names.
 */
final class GoldNames {

    private static final int EXAMPLES = 3;

    private GoldNames() {
    }

    /** Fails, naming both sides, when predictions were read but none is of a gold document. */
    static void requireAMatch(Collection<String> predicted, Set<String> goldIds, String source) throws IOException {
        if (predicted.isEmpty()) {
            // Claim lines exist only for documents with claims, so even a run that found nothing in any
            // document would leave document lines behind: an empty file is a mistake, not a result.
            throw new IOException(source + " holds no predictions (to score a run that found no claims, write it"
                    + " with --format document)");
        }
        if (predicted.stream().noneMatch(goldIds::contains)) {
            throw new IOException("no predicted document in " + source + " matches a gold document: the predictions"
                    + " name " + examples(predicted) + ", the gold names " + examples(goldIds));
        }
    }

    /** The gold name the predicted name stands for, or the predicted name itself when none does. */
    static String goldNameOf(String predicted, Set<String> goldIds) {
        if (goldIds.contains(predicted)) {
            return predicted;
        }
        // Longest first, so "dev/a.txt" wins over "a.txt" when both are gold names.
        String best = null;
        for (String gold : goldIds) {
            if (predicted.endsWith("/" + gold) && (best == null || gold.length() > best.length())) {
                best = gold;
            }
        }
        return best == null ? predicted : best;
    }

    private static String examples(Collection<String> names) {
        List<String> sorted = names.stream().sorted().toList();
        String shown = String.join(", ", sorted.subList(0, Math.min(EXAMPLES, sorted.size())));
        return sorted.size() > EXAMPLES ? shown + " … (" + sorted.size() + " in all)" : shown;
    }
}
