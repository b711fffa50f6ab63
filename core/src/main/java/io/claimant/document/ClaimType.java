package io.claimant.document;

/** How a claim's content is reported. */
public enum ClaimType {
    /** The content is a quotation. */
    DIRECT,
    /** The content is paraphrased, with no quotation in it. */
    INDIRECT,
    /** Paraphrased content that contains a quoted fragment. */
    MIXED
}
