package io.claimant.quote;

import io.claimant.document.Quotation;

import java.util.List;

/** Finds quotations in text. (Skeleton: replaced by the real finder.) */
public final class QuotationFinder {

    public List<Quotation> find(String text) {
        return List.of();
    }
}
