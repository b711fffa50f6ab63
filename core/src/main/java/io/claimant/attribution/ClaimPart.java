package io.claimant.attribution;

import io.claimant.document.Claim;

import java.util.Objects;

/**
 * A claim as one output record: a whole claim (part 1 of 1), or one segment of a claim whose content has several,
 * written as a claim of its own by {@link ClaimSegments}.
 *
 * @param claim the record's claim; its {@link Claim#index()} is the whole claim's, so that ids keep it
 * @param part  which segment, from 1
 * @param parts how many records the claim became: 1 for a claim written whole or with one segment
 */
public record ClaimPart(Claim claim, int part, int parts) {

    public ClaimPart {
        Objects.requireNonNull(claim, "claim");
        if (parts < 1 || part < 1 || part > parts) {
            throw new IllegalArgumentException("part " + part + " of " + parts);
        }
    }

    /** The claim written whole. */
    public static ClaimPart whole(Claim claim) {
        return new ClaimPart(claim, 1, 1);
    }

    /**
     * What follows the claim's own id ({@code <doc>#<n>}): nothing for a claim written as one record, {@code .k} for
     * its k-th segment when it became several, so {@code doc#7.2} is the second segment of claim {@code doc#7}.
     */
    public String idSuffix() {
        return parts == 1 ? "" : "." + part;
    }
}
