package io.claimant.quote;

import io.claimant.document.Span;

import java.util.Locale;

/**
 * What the characters around a quote mark say about it, within one paragraph. Straight marks have no
 * direction of their own and single marks double as apostrophes, so this context is all there is to go on.
 */
final class MarkContext {

    /** What a single mark (' ‘ ’) does at one place. */
    enum SingleRole { OPENS, CLOSES, APOSTROPHE }

    /** Chars after which a quotation may start, besides a space: brackets, dashes and opening marks. */
    private static final String OPENING_PUNCTUATION = "([{—–“‘«„";
    /** Chars that end a phrase: no quotation starts with one. */
    private static final String CLOSING_PUNCTUATION = ",.;:!?)]}";

    private final String text;
    private final int start;
    private final int end;
    /**
     * Words that news writes with a leading apostrophe. Their apostrophe has an opener's context (space
     * before, letter after), and taking it for one would pair it with the next closing mark.
     */
    private final ElidedWords elided;

    MarkContext(String text, Paragraph paragraph, ElidedWords elided) {
        this.text = text;
        this.start = paragraph.start();
        this.end = paragraph.end();
        this.elided = elided;
    }

    /**
     * {@code [begin, end)} without spaces at either end: French puts them inside guillemets, sloppy typing
     * inside any marks, and neither belongs to what was said.
     */
    static Span trim(String text, int begin, int end) {
        while (begin < end && isSpace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(begin, end);
    }

    /** Character.isWhitespace misses the no-break spaces French puts inside guillemets. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * Whether a straight mark at {@code i} is placed like an opening one. {@code afterOpener} tells that the
     * char before it was taken as an opening mark, which the text alone cannot show for straight marks.
     */
    boolean canOpenAt(int i, boolean afterOpener) {
        return startsAfter(i, afterOpener) && followedByText(i);
    }

    /**
     * Role of the single mark at {@code i} judged from its surroundings only; whether a quotation is open to
     * close is for the caller to know.
     */
    SingleRole singleRole(int i, boolean afterOpener) {
        if (insideWord(i)) {
            return SingleRole.APOSTROPHE; // don't, O'Neill, Massie’s
        }
        char mark = text.charAt(i);
        if (mark == '\'') {
            if (canOpenAt(i, afterOpener)) {
                return startsElision(i) ? SingleRole.APOSTROPHE : SingleRole.OPENS;
            }
            return endsElision(i) ? SingleRole.APOSTROPHE : SingleRole.CLOSES;
        }
        if (mark == '‘') {
            // A left mark is meant to open, but word processors also put it on 'Tis and '90s.
            return followedByText(i) && !startsElision(i) ? SingleRole.OPENS : SingleRole.APOSTROPHE;
        }
        // ’ after a space is the leading apostrophe of ’90s or ’Tis, never a closing mark.
        return startsAfter(i, afterOpener) || endsElision(i) ? SingleRole.APOSTROPHE : SingleRole.CLOSES;
    }

    /**
     * Whether the mark at {@code i} sits like the apostrophe of a plural possessive: "the States’ continued
     * membership". That placement also fits a closing mark followed by more text, so it only hints.
     */
    boolean mayEndPluralPossessive(int i) {
        if (i == start || i + 2 >= end) {
            return false;
        }
        char before = text.charAt(i - 1);
        return (before == 's' || before == 'S') && isSpace(text.charAt(i + 1))
                && Character.isLetterOrDigit(text.codePointAt(i + 2));
    }

    /** Start of paragraph, a space, opening punctuation or an opening mark just before {@code i}. */
    boolean startsAfter(int i, boolean afterOpener) {
        if (i == start || afterOpener) {
            return true;
        }
        char before = text.charAt(i - 1);
        return isSpace(before) || OPENING_PUNCTUATION.indexOf(before) >= 0;
    }

    /**
     * Whether a run of marks {@code [i, runEnd)} (two apostrophes, two backticks) is placed like an opening mark:
     * after a space or the paragraph's start, with text right after it that is not the punctuation a quote never
     * starts with. Unlike "", an empty '' has no second mark of its own to pair with ("and ''; then 'done'").
     */
    boolean runCanOpen(int i, int runEnd, boolean afterOpener) {
        if (!startsAfter(i, afterOpener) || !followedByText(runEnd - 1)) {
            return false;
        }
        char next = text.charAt(runEnd);
        boolean ellipsis = next == '.' && runEnd + 1 < end && text.charAt(runEnd + 1) == '.';
        return CLOSING_PUNCTUATION.indexOf(next) < 0 || ellipsis;
    }

    /** Whether the marks {@code [i, runEnd)} sit between two letters or digits, as no quotation mark does. */
    boolean insideWord(int i, int runEnd) {
        return i > start && runEnd < end
                && Character.isLetterOrDigit(text.codePointBefore(i))
                && Character.isLetterOrDigit(text.codePointAt(runEnd));
    }

    /** The end of the run of {@code mark} chars that starts at {@code i}, at most {@code end}. */
    static int runEnd(String text, int i, int end, char mark) {
        int j = i;
        while (j < end && text.charAt(j) == mark) {
            j++;
        }
        return j;
    }

    boolean followedByText(int i) {
        return i + 1 < end && !isSpace(text.charAt(i + 1));
    }

    private boolean insideWord(int i) {
        return insideWord(i, i + 1);
    }

    /** '90s, '08 and the elided words; a four-digit year after a mark ('2020 was hard') is a quote. */
    private boolean startsElision(int i) {
        int j = i + 1;
        while (j < end && j - i <= 3 && Character.isDigit(text.charAt(j))) {
            j++;
        }
        if (j > i + 1) {
            return j - i - 1 == 2 && (j == end || !Character.isDigit(text.charAt(j)));
        }
        while (j < end && j - i <= elided.longest() + 1 && Character.isLetter(text.charAt(j))) {
            j++;
        }
        boolean wholeWord = j == end || !Character.isLetter(text.charAt(j));
        return wholeWord && elided.contains(text.substring(i + 1, j).toLowerCase(Locale.ROOT));
    }

    /** The second mark of rock 'n' roll. */
    private boolean endsElision(int i) {
        return i - 2 >= start && (text.charAt(i - 1) == 'n' || text.charAt(i - 1) == 'N')
                && "'‘’".indexOf(text.charAt(i - 2)) >= 0 && startsElision(i - 2);
    }
}
