package io.claimant.attribution.learned;

import io.claimant.attribution.learned.table.TokenSpan;
import io.claimant.attribution.learned.table.TokenTable;

/**
 * Cuts a source down to the noun phrase Claimant's guidelines ask for: without an apposition, a parenthetical or a
 * non-restrictive clause ("Halina Brzęk, the association’s lawyer," → "Halina Brzęk"; "Rep. G.K. Butterfield
 * (D-N.C.)" → "Rep. G.K. Butterfield"). A list keeps its commas ("Rubio, Cruz and Kasich"), and an apposition
 * that names an unnamed speaker stays ("Castell’s producer, Noor Halvani"), as the guidelines say.
 *
 * <p>PolNeAR puts identifying appositions in about one source in ten; Claimant does not. The role model is trained
 * on PolNeAR's sources cut this way, and what it finds is cut the same way, so its sources follow one convention.
 */
public final class SourceCore {

    private SourceCore() {
    }

    /** The core of a source: the same start, and an end at or before the source's. */
    public static TokenSpan of(TokenTable t, TokenSpan source) {
        int begin = source.begin();
        int end = source.end();
        for (int k = begin + 1; k < end; k++) {
            String w = t.word[k];
            if (w.equals("(")) {
                return trimmed(t, begin, k);
            }
            if (w.equals(",") || w.equals("—") || w.equals("–")) {
                if (isList(t, k, end) || namesTheSpeaker(t, begin, k, end)) {
                    return trimmed(t, begin, end);
                }
                return trimmed(t, begin, k);
            }
        }
        return trimmed(t, begin, end);
    }

    /** ", Cruz and Kasich": a conjunction after the comma, with no verb, makes the source a list. */
    private static boolean isList(TokenTable t, int comma, int end) {
        for (int k = comma + 1; k < end; k++) {
            if (t.pos[k].equals("VERB") || t.pos[k].equals("AUX") || t.word[k].equals("who") || t.word[k].equals("which")) {
                return false;
            }
            if (t.word[k].equals("and") || t.word[k].equals("or") || t.word[k].equals("&")) {
                return true;
            }
        }
        return false;
    }

    /** "Castell’s producer, Noor Halvani": no name before the comma and only a person's name after it. */
    private static boolean namesTheSpeaker(TokenTable t, int begin, int comma, int end) {
        for (int k = begin; k < comma; k++) {
            if (t.mention[k].equals("PERSON") || t.mention[k].equals("ORGANIZATION")) {
                return false;
            }
        }
        int last = end;
        while (last > comma + 1 && t.word[last - 1].equals(",")) {
            last--;
        }
        if (last <= comma + 1) {
            return false;
        }
        for (int k = comma + 1; k < last; k++) {
            if (!t.mention[k].equals("PERSON")) {
                return false;
            }
        }
        return true;
    }

    /** Without the punctuation at its end, but for a closing parenthesis that belongs to it. */
    private static TokenSpan trimmed(TokenTable t, int begin, int end) {
        int e = end;
        while (e > begin + 1 && (t.shape[e - 1].equals("p") && !t.word[e - 1].equals(")"))) {
            e--;
        }
        return new TokenSpan(begin, e);
    }
}
