package io.claimant.adapter.opennlp;

import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Mends the UD tokenizer model's output where the rest of the pipeline expects other tokens: possessives and
 * doubled quote marks as tokens of their own, and the period of a name abbreviation ("Sen.", "B." in "Lyndon B.
 * Johnson") kept on its word. Works on one sentence's token spans; the result is sorted and covers the same text.
 */
final class TokenRepair {

    private final Set<String> abbreviations;

    /** @param abbreviations lower-cased, without their period: "sen", "mrs" */
    TokenRepair(Set<String> abbreviations) {
        this.abbreviations = abbreviations;
    }

    Span[] repair(String sentence, Span[] spans) {
        return joinAbbreviationPeriods(sentence, splitPossessives(sentence, splitDoubledMarks(sentence,
                joinSplitSurrogatePairs(sentence, spans))));
    }

    /**
     * The model decides where to split between UTF-16 units, so it can cut an emoji in two ("”\uD83D" then
     * "\uDE42..."). A token must hold whole characters, or every span built on it (a claim's content) starts
     * inside the pair and its code point offsets cut other text: the two halves' tokens are joined.
     */
    private static Span[] joinSplitSurrogatePairs(String sentence, Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length);
        for (Span s : spans) {
            if (!out.isEmpty()) {
                Span previous = out.get(out.size() - 1);
                int cut = previous.getEnd();
                if (cut == s.getStart() && cut > 0 && cut < sentence.length()
                        && Character.isHighSurrogate(sentence.charAt(cut - 1))
                        && Character.isLowSurrogate(sentence.charAt(cut))) {
                    out.set(out.size() - 1, new Span(previous.getStart(), s.getEnd()));
                    continue;
                }
            }
            out.add(s);
        }
        return out.toArray(new Span[0]);
    }

    /**
     * "Sen" "." "Barry" → "Sen." "Barry", and "B" "." "Johnson" → "B." "Johnson": a period after a name
     * abbreviation or a capital initial, with a capitalised word after it, belongs to the abbreviation. Split
     * off, it reads as the end of a sentence to the taggers and the role model.
     */
    private Span[] joinAbbreviationPeriods(String sentence, Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            Span s = spans[i];
            boolean period = i > 0 && i + 1 < spans.length && sentence.substring(s.getStart(), s.getEnd()).equals(".")
                    && spans[i - 1].getEnd() == s.getStart();
            if (period) {
                Span previous = out.get(out.size() - 1);
                String word = sentence.substring(previous.getStart(), previous.getEnd());
                String next = sentence.substring(spans[i + 1].getStart(), spans[i + 1].getEnd());
                boolean abbreviation = word.length() == 1 && Character.isUpperCase(word.charAt(0))
                        || abbreviations.contains(word.toLowerCase(Locale.ROOT));
                if (abbreviation && !next.isEmpty() && Character.isUpperCase(next.codePointAt(0))) {
                    out.set(out.size() - 1, new Span(previous.getStart(), s.getEnd()));
                    continue;
                }
            }
            out.add(s);
        }
        return out.toArray(new Span[0]);
    }

    /**
     * The UD tokenizer model never saw ''…'' or ``…'' quotation marks: it glues them to a word ("''tax",
     * "Democrats''", which would then lose a possessive apostrophe) or leaves two apostrophes as one token when
     * it splits them at the start of a sentence. Here every char of a doubled mark at a token's start or end is
     * a token of its own, so a mark is always one token per char, as the attribution rules expect.
     */
    private static Span[] splitDoubledMarks(String sentence, Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length + 4);
        for (Span s : spans) {
            int begin = s.getStart();
            int end = s.getEnd();
            int lead = doubledRun(sentence, begin, end, 1);
            int trail = lead == end - begin ? 0 : doubledRun(sentence, end - 1, begin - 1, -1);
            for (int k = begin; k < begin + lead; k++) {
                out.add(new Span(k, k + 1));
            }
            if (begin + lead < end - trail) {
                out.add(new Span(begin + lead, end - trail));
            }
            for (int k = end - trail; k < end; k++) {
                out.add(new Span(k, k + 1));
            }
        }
        return out.toArray(new Span[0]);
    }

    /** Length of the run of apostrophes or backticks from {@code from} towards {@code stop}, if two or more; else 0. */
    private static int doubledRun(String sentence, int from, int stop, int step) {
        char c = sentence.charAt(from);
        if (c != '\'' && c != '`') {
            return 0;
        }
        int k = from;
        while (k != stop && sentence.charAt(k) == c) {
            k += step;
        }
        int length = Math.abs(k - from);
        return length >= 2 ? length : 0;
    }

    /**
     * The UD tokenizer model keeps clitics on their word ("Massie's"), but the tagger, the NER model and our
     * source rules all want the possessive as its own token, as in the UD and PTB treebanks.
     */
    private static Span[] splitPossessives(String sentence, Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length + 4);
        for (Span s : spans) {
            String word = sentence.substring(s.getStart(), s.getEnd());
            int len = word.length();
            if (len > 2 && word.endsWith("'s") && Character.isLetterOrDigit(word.charAt(len - 3))) {
                out.add(new Span(s.getStart(), s.getEnd() - 2));
                out.add(new Span(s.getEnd() - 2, s.getEnd()));
            } else if (len > 2 && word.endsWith("s'") && Character.isLetter(word.charAt(len - 3))) {
                out.add(new Span(s.getStart(), s.getEnd() - 1));
                out.add(new Span(s.getEnd() - 1, s.getEnd()));
            } else {
                out.add(s);
            }
        }
        return out.toArray(new Span[0]);
    }
}
