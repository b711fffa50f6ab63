package io.claimant.training;

import io.claimant.attribution.learned.features.CueFeatures;
import io.claimant.attribution.learned.table.TokenTable;
import io.claimant.attribution.learned.table.WordClusters;
import io.claimant.document.Document;
import io.claimant.document.EntityType;
import io.claimant.lexicon.Lexicon;
import io.claimant.testing.HandBuiltDocument;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Training rows from one hand-built document and its gold: which tokens get a row, and with which label. */
class TrainingInstancesTest {

    //  0      1     2 3 4      5 6    7   8     9      10
    // Halina Brzęk , a lawyer , said the rules changed .
    private static final Document DOC = HandBuiltDocument.parse("Halina/PROPN Brzęk/PROPN , a/DET lawyer/NOUN , "
            + "said/VERB/say the/DET rules/NOUN/rule changed/VERB/change .").name("Halina Brzęk", EntityType.PERSON).build();
    private static final PreparedText TEXT = HandBuiltGold.prepared("hand", DOC,
            "Halina Brzęk, a lawyer, | said | the rules changed");

    private static TrainingInstances instances() {
        return new TrainingInstances(DOC, TEXT.ruleCandidates(), Lexicon.builtIn(), WordClusters.NONE);
    }

    @Test
    void oneCueRowPerTokenThatCanBeACue() {
        List<String> labels = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        instances().cueRows(GoldAlignment.align(TEXT.scoringGold(), DOC), (token, features, label) -> {
            labels.add(label);
            rows.add(List.copyOf(features));
        });
        TokenTable t = new TokenTable(DOC, TEXT.ruleCandidates(), WordClusters.NONE);
        long candidates = java.util.stream.IntStream.range(0, t.size).filter(i -> CueFeatures.canBeCue(t, i)).count();
        assertEquals(candidates, labels.size());
        assertEquals(1, labels.stream().filter("B-CUE"::equals).count());
        int said = labels.indexOf("B-CUE");
        assertTrue(rows.get(said).contains("lemma=say") && rows.get(said).contains("label-1=O"), rows.get(said).toString());
    }

    @Test
    void roleRowsCoverTheWindowButTheCueWithTheSourceCutToItsCore() {
        List<String> labels = new ArrayList<>();
        instances().roleRows(GoldAlignment.align(TEXT.scoringGold(), DOC), (token, features, label) -> labels.add(label));
        // Tokens 0-5 and 7-10: the apposition ", a lawyer ," is outside the source's core.
        assertEquals(List.of("B-S", "I-S", "O", "O", "O", "O", "B-C", "I-C", "I-C", "O"), labels);
    }
}
