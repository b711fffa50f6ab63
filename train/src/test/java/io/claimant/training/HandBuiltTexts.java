package io.claimant.training;

import io.claimant.document.EntityType;
import io.claimant.testing.HandBuiltDocument;

import java.util.List;

/**
 * Three short articles built by hand, with their gold attributions: a that-clause, a speech tag after a quote, a
 * bare clause, a phrase cue, "according to" and two coordinated claims. Training needs no model to read them.
 */
final class HandBuiltTexts {

    private HandBuiltTexts() {
    }

    static List<PreparedText> all() {
        return List.of(
                HandBuiltGold.prepared("hand", HandBuiltDocument.parse(
                        "Karel/PROPN Voss/PROPN said/VERB/say that/SCONJ the/DET alliance/NOUN would/AUX hold/VERB . || "
                                + "“ We/PRON will/AUX stay/VERB , ” the/DET minister/NOUN said/VERB/say . || "
                                + "Analysts/NOUN/analyst argued/VERB/argue the/DET plan/NOUN was/AUX/be too/ADV "
                                + "costly/ADJ .")
                        .name("Karel Voss", EntityType.PERSON).id("alliance.txt").build(),
                        "Karel Voss | said | that the alliance would hold",
                        "the minister | said#2 | “We will stay,”",
                        "Analysts | argued | the plan was too costly"),
                HandBuiltGold.prepared("hand", HandBuiltDocument.parse(
                        "Lee/PROPN and/CCONJ Massie/PROPN have/AUX/have called/VERB/call for/ADP a/DET vote/NOUN . || "
                                + "According/VERB/accord to/ADP the/DET ministry/NOUN , prices/NOUN/price rose/VERB/rise "
                                + "sharply/ADV .")
                        .name("Lee", EntityType.PERSON).name("Massie", EntityType.PERSON).id("vote.txt").build(),
                        "Lee and Massie | have called for | a vote",
                        "the ministry | According to | prices rose sharply"),
                HandBuiltGold.prepared("hand", HandBuiltDocument.parse(
                        "The/DET union/NOUN warned/VERB/warn that/SCONJ members/NOUN/member were/AUX/be tired/ADJ , "
                                + "and/CCONJ the/DET council/NOUN insisted/VERB/insist that/SCONJ budgets/NOUN/budget "
                                + "were/AUX/be fixed/ADJ .").id("budgets.txt").build(),
                        "The union | warned | that members were tired",
                        "the council | insisted | that budgets were fixed"));
    }
}
