package io.claimant.quote;

import io.claimant.document.Document;
import io.claimant.document.Layer;
import io.claimant.lexicon.Lexicon;
import io.claimant.pipeline.Annotator;

import java.util.EnumSet;
import java.util.Set;

/** Adds the QUOTATIONS layer using {@link QuotationFinder}. Needs nothing but the text. */
public final class QuotationAnnotator implements Annotator {

    private final QuotationFinder finder;

    /** With the built-in word lists. */
    public QuotationAnnotator() {
        this(Lexicon.builtIn());
    }

    public QuotationAnnotator(Lexicon lexicon) {
        this.finder = new QuotationFinder(lexicon);
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.noneOf(Layer.class);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.QUOTATIONS);
    }

    @Override
    public Document annotate(Document document) {
        return document.withQuotations(finder.find(document.text()));
    }
}
