package io.claimant.attribution;

import io.claimant.document.Claim;
import io.claimant.document.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How claims become output records: whole (the default), or one per content segment ({@link ClaimSegments}). */
public enum SegmentMode {

    /** One record per claim, its segments listed in it. */
    WHOLE {
        @Override
        public List<ClaimPart> parts(Document document) {
            List<ClaimPart> out = new ArrayList<>(document.claims().size());
            for (Claim claim : document.claims()) {
                out.add(ClaimPart.whole(claim));
            }
            return out;
        }
    },

    /** One record per content segment, ids {@code <doc>#<n>.<k>} for a claim of several ({@link ClaimPart#idSuffix}). */
    SPLIT {
        @Override
        public List<ClaimPart> parts(Document document) {
            return ClaimSegments.split(document);
        }
    };

    /** The document's claims as this mode writes them, in document order. */
    public abstract List<ClaimPart> parts(Document document);

    /** The name used on the command line and in the HTTP API: {@code whole}, {@code split}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@link #id()}, in any case; the error lists the valid names. */
    public static SegmentMode of(String id) {
        for (SegmentMode mode : values()) {
            if (mode.id().equals(id.trim().toLowerCase(Locale.ROOT))) {
                return mode;
            }
        }
        throw new IllegalArgumentException("unknown segments mode '" + id + "'; expected whole or split");
    }
}
