package io.claimant.quote;

import java.util.ArrayList;
import java.util.List;

/** The quotations open at the current position, innermost last. */
final class OpenQuotes {

    /**
     * Real news nests two or three deep. Past this, openers are ignored, so that text made of nothing but
     * opening marks cannot pile up millions of open quotations.
     */
    static final int MAX_DEPTH = 64;

    /** values() clones its array on every call, and closing marks ask for it often. */
    private static final QuoteStyle[] STYLES = QuoteStyle.values();

    private final List<OpenQuote> stack = new ArrayList<>();
    /** How many quotations of each style are open: answers "is one open?" without walking the stack. */
    private final int[] openPerStyle = new int[STYLES.length];

    boolean isFull() {
        return stack.size() >= MAX_DEPTH;
    }

    void push(OpenQuote quote) {
        stack.add(quote);
        openPerStyle[quote.style.ordinal()]++;
    }

    OpenQuote pop() {
        OpenQuote quote = stack.remove(stack.size() - 1);
        openPerStyle[quote.style.ordinal()]--;
        return quote;
    }

    int size() {
        return stack.size();
    }

    boolean isEmpty() {
        return stack.isEmpty();
    }

    OpenQuote innermost() {
        return stack.get(stack.size() - 1);
    }

    OpenQuote outermost() {
        return stack.get(0);
    }

    boolean isOpen(QuoteStyle style) {
        return openPerStyle[style.ordinal()] > 0;
    }

    /**
     * Stack position of the innermost quotation that {@code mark} can close, or -1. Quotations above it are
     * left unclosed by that mark and get popped with it, which pays for the walk.
     */
    int innermostClosableBy(String mark) {
        if (!anyOpenClosableBy(mark)) {
            return -1;
        }
        for (int i = stack.size() - 1; i >= 0; i--) {
            if (stack.get(i).style.closesWith(mark)) {
                return i;
            }
        }
        return -1;
    }

    private boolean anyOpenClosableBy(String mark) {
        for (QuoteStyle style : STYLES) {
            if (openPerStyle[style.ordinal()] > 0 && style.closesWith(mark)) {
                return true;
            }
        }
        return false;
    }
}
