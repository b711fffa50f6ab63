package io.claimant.quote;

import io.claimant.document.Quotation;
import io.claimant.lexicon.Lexicon;
import io.claimant.lexicon.LexiconList;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * Finds quotations in news text: straight and curly, double and single marks, guillemets and „…“, the double
 * apostrophes ''…'' of the New York Times and the ``…'' of LaTeX, nested quotations and quotations continued
 * over several paragraphs. Runs in time linear in the text; unbalanced
 * marks never make a quotation run past its paragraph. Stateless, so one instance can serve many threads.
 */
public final class QuotationFinder {

    private final ElidedWords elided;

    /** With the built-in list of words written with a leading apostrophe. */
    public QuotationFinder() {
        this(Lexicon.builtIn());
    }

    public QuotationFinder(Lexicon lexicon) {
        this.elided = ElidedWords.of(lexicon.words(LexiconList.ELIDED_WORDS));
    }

    /** Quotations sorted by {@code begin}; nested ones carry their depth. */
    public List<Quotation> find(String text) {
        Objects.requireNonNull(text, "text");
        List<FoundQuote> found = new QuotationScan(text, elided).run();
        found.sort(Comparator.comparingInt(FoundQuote::begin));
        return withDepths(found);
    }

    /**
     * Depth is counted from the quotations that were kept, not from the marks open at the time: an
     * apostrophe first taken for an opening mark must not push real quotations one level deeper.
     * Quotations never cross, so sorted by begin they nest like brackets.
     */
    private static List<Quotation> withDepths(List<FoundQuote> sorted) {
        List<Quotation> quotations = new ArrayList<>(sorted.size());
        Deque<FoundQuote> enclosing = new ArrayDeque<>();
        for (FoundQuote quote : sorted) {
            while (!enclosing.isEmpty() && enclosing.peek().end() < quote.end()) {
                enclosing.pop();
            }
            quotations.add(quote.withDepth(enclosing.size()));
            enclosing.push(quote);
        }
        return List.copyOf(quotations);
    }
}
