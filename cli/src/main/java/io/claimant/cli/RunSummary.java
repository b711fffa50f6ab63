package io.claimant.cli;

import io.claimant.pipeline.DocumentResult;

import java.util.Locale;

/** Counts a run as results arrive, and says how it went: the closing line on stderr and the exit code. */
final class RunSummary {

    private int documents;
    private int failed;
    private long claims;
    /** Failures by code, in the order codes are declared, for the closing line. */
    private final java.util.EnumMap<io.claimant.pipeline.ErrorCode, Integer> byCode =
            new java.util.EnumMap<>(io.claimant.pipeline.ErrorCode.class);

    void add(DocumentResult result) {
        documents++;
        if (result.failed()) {
            failed++;
            byCode.merge(result.code(), 1, Integer::sum);
        } else {
            claims += result.document().claims().size();
        }
    }

    int exitCode() {
        return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    /** Speed excludes model loading, which is a fixed cost per run, not per document. */
    String line(double seconds, double loadSeconds) {
        double rate = seconds > 0 ? documents / seconds : 0;
        StringBuilder codes = new StringBuilder();
        byCode.forEach((code, n) -> codes.append(codes.length() == 0 ? " (" : ", ").append(code.code()).append(' ').append(n));
        if (codes.length() > 0) {
            codes.append(')');
        }
        return String.format(Locale.ROOT, "claimant: %d %s, %d %s, %d failed%s in %.1f s (%.1f docs/s; models loaded in %.1f s)",
                documents, documents == 1 ? "document" : "documents", claims, claims == 1 ? "claim" : "claims",
                failed, codes, seconds, rate, loadSeconds);
    }
}
