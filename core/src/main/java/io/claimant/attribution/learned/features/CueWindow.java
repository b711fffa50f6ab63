package io.claimant.attribution.learned.features;

import io.claimant.attribution.learned.table.CueSpan;
import io.claimant.attribution.learned.table.TokenSpan;
import io.claimant.attribution.learned.table.TokenTable;

/**
 * The tokens that may hold a cue's source and content: its paragraph (where PolNeAR puts 99% of them), bounded
 * around the cue so that a long paragraph does not make the role model read hundreds of tokens per cue.
 */
public final class CueWindow {

    /** Tokens before and after the cue: enough for any sentence PolNeAR annotates. */
    public static final int BEFORE = 60;
    public static final int AFTER = 100;

    private CueWindow() {
    }

    public static TokenSpan of(TokenTable t, CueSpan cue) {
        int from = Math.max(t.paragraphStart[cue.begin()], cue.begin() - BEFORE);
        int to = Math.min(t.paragraphEnd[cue.begin()], cue.end() + AFTER);
        return new TokenSpan(from, to);
    }
}
