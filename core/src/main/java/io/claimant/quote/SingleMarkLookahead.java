package io.claimant.quote;

import io.claimant.quote.MarkContext.SingleRole;

/**
 * Tells, for a single mark, whether the next single mark of the same style in the paragraph would close or
 * open. "‘The States’ continued membership’" has another closing mark to come, so States’ is an
 * apostrophe; in "‘losers’ and ‘cheats’" an opening mark comes next, so losers’ closes.
 * <p>
 * Queries must come in increasing order within one paragraph. Each answer is remembered until the query
 * passes the mark it found, so the paragraph is read at most once per style: a paragraph full of marks
 * stays linear.
 */
final class SingleMarkLookahead {

    private final String text;
    private final int end;
    private final MarkContext context;
    /** Per style (straight, curly): where the last search stopped, or -1 before any search. */
    private final int[] foundAt = {-1, -1};
    private final boolean[] foundCloses = new boolean[2];

    SingleMarkLookahead(String text, Paragraph paragraph, MarkContext context) {
        this.text = text;
        this.end = paragraph.end();
        this.context = context;
    }

    boolean nextOneCloses(QuoteStyle style, int after) {
        int s = style == QuoteStyle.STRAIGHT_SINGLE ? 0 : 1;
        if (foundAt[s] <= after) {
            search(s, after + 1);
        }
        return foundCloses[s];
    }

    private void search(int s, int from) {
        for (int j = from; j < end; j++) {
            char c = text.charAt(j);
            boolean sameStyle = s == 0 ? c == '\'' : c == '‘' || c == '’';
            if (!sameStyle) {
                continue;
            }
            if (c == '\'' && j + 1 < end && text.charAt(j + 1) == '\'') {
                int runEnd = MarkContext.runEnd(text, j, end, '\'');
                if ((runEnd - j) % 2 == 0) {
                    j = runEnd - 1; // only ''…'' marks: no single mark among them
                    continue;
                }
                // The odd one out of a longer run: see QuotationScan#apostrophes.
                boolean opens = context.runCanOpen(j, runEnd, false);
                foundAt[s] = opens ? runEnd - 1 : j;
                foundCloses[s] = !opens;
                return;
            }
            SingleRole role = context.singleRole(j, false);
            if (role != SingleRole.APOSTROPHE) {
                foundAt[s] = j;
                foundCloses[s] = role == SingleRole.CLOSES;
                return;
            }
        }
        foundAt[s] = end; // nothing left: every later query gets the same answer
        foundCloses[s] = false;
    }
}
