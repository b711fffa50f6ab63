package io.claimant.adapter.opennlp;

import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Mends the sentence detector's splits after an abbreviation that stands before a name: it splits after "Sen."
 * or "James B." now and then, and a sentence cut in two cuts a source or a content in two.
 */
final class SentenceRepair {

    private final Set<String> abbreviations;

    /** @param abbreviations lower-cased, without their period: "sen", "mrs" */
    SentenceRepair(Set<String> abbreviations) {
        this.abbreviations = abbreviations;
    }

    /**
     * Undoes a split after an abbreviation that stands before a name ("Sen." in "Sen. Barry Goldwater") or after a
     * single capital initial ("James B. Comey") when the next sentence starts with a capital: the model splits
     * there now and then, and a sentence cut in two cuts its source or content in two.
     */
    Span[] join(String line, Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length);
        for (Span s : spans) {
            if (!out.isEmpty() && endsWithNameAbbreviation(line, out.get(out.size() - 1))
                    && startsWithCapital(line, s)) {
                Span previous = out.remove(out.size() - 1);
                out.add(new Span(previous.getStart(), s.getEnd()));
            } else {
                out.add(s);
            }
        }
        return out.toArray(new Span[0]);
    }

    private boolean endsWithNameAbbreviation(String line, Span s) {
        String text = line.substring(s.getStart(), s.getEnd()).stripTrailing();
        if (!text.endsWith(".")) {
            return false;
        }
        int end = text.length() - 1;
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        if (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && text.charAt(start - 1) != '(') {
            return false; // "U.S." or "a.m.": not a word of its own
        }
        String word = text.substring(start, end);
        return word.length() == 1 && Character.isUpperCase(word.charAt(0))
                || abbreviations.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean startsWithCapital(String line, Span s) {
        String text = line.substring(s.getStart(), s.getEnd()).stripLeading();
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
