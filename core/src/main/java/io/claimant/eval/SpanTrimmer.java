package io.claimant.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The scoring rule's normalisation: before spans are compared, quotation marks, punctuation and spaces are
 * trimmed from both ends, and so is a leading "that". Annotators disagree about exactly these characters
 * ("that …" or "…", with or without the final period or the quote marks), never about the statement.
 */
public final class SpanTrimmer {

    private SpanTrimmer() {
    }

    public static SpanSet trim(SpanSet span, CodePointText text) {
        if (span == null || span.isEmpty()) {
            return span;
        }
        List<int[]> f = new ArrayList<>();
        for (int[] fragment : span.fragments()) {
            f.add(new int[] {fragment[0], Math.min(fragment[1], text.length())});
        }
        trimLeft(f, text);
        if (!f.isEmpty() && startsWithThat(f.get(0), text)) {
            f.get(0)[0] += 4;
            trimLeft(f, text);
        }
        trimRight(f, text);
        return new SpanSet(f);
    }

    private static void trimLeft(List<int[]> f, CodePointText text) {
        while (!f.isEmpty()) {
            int[] first = f.get(0);
            while (first[0] < first[1] && isTrimmable(text.at(first[0]))) {
                first[0]++;
            }
            if (first[0] < first[1]) {
                return;
            }
            f.remove(0);
        }
    }

    private static void trimRight(List<int[]> f, CodePointText text) {
        while (!f.isEmpty()) {
            int[] last = f.get(f.size() - 1);
            while (last[1] > last[0] && isTrimmable(text.at(last[1] - 1))) {
                last[1]--;
            }
            if (last[1] > last[0]) {
                return;
            }
            f.remove(f.size() - 1);
        }
    }

    private static boolean startsWithThat(int[] fragment, CodePointText text) {
        if (fragment[1] - fragment[0] < 5) {
            return false;
        }
        String head = text.slice(fragment[0], fragment[0] + 5);
        return head.regionMatches(true, 0, "that", 0, 4) && Character.isWhitespace(head.charAt(4));
    }

    private static boolean isTrimmable(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }
}
