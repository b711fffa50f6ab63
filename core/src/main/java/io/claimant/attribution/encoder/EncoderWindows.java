package io.claimant.attribution.encoder;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a document's wordpieces into windows the encoder can read (it reads at most a few hundred pieces at a
 * time, and attention costs the square of the length), overlapping so that no piece is decided without context on
 * both sides. Each piece is decided once, by the window in which it lies furthest from an edge; the cost stays
 * linear in the length of the document. Training cut its windows the same way (models/training/encoder).
 */
public final class EncoderWindows {

    /** Pieces {@code [start, start + length)} of the document. */
    public record Window(int start, int length) {

        public int end() {
            return start + length;
        }
    }

    private EncoderWindows() {
    }

    /**
     * Windows of {@code size} pieces, each starting {@code stride} after the one before, the last one ending at the
     * last piece; one window when the document fits.
     */
    public static List<Window> of(int pieces, int size, int stride) {
        if (size < 1 || stride < 1 || stride > size) {
            throw new IllegalArgumentException("bad window " + size + " / stride " + stride);
        }
        List<Window> out = new ArrayList<>();
        if (pieces <= size) {
            out.add(new Window(0, pieces));
            return out;
        }
        for (int s = 0; s < pieces - size; s += stride) {
            out.add(new Window(s, size));
        }
        out.add(new Window(pieces - size, size));
        return out;
    }

    /**
     * For each piece, the index of the window that decides it: the one where it is furthest from either edge (the
     * first such window on a tie).
     */
    public static int[] decidingWindow(int pieces, List<Window> windows) {
        int[] out = new int[pieces];
        int[] best = new int[pieces];
        java.util.Arrays.fill(best, -1);
        for (int w = 0; w < windows.size(); w++) {
            Window window = windows.get(w);
            for (int k = 0; k < window.length(); k++) {
                int centrality = Math.min(k, window.length() - 1 - k);
                if (centrality > best[window.start() + k]) {
                    best[window.start() + k] = centrality;
                    out[window.start() + k] = w;
                }
            }
        }
        return out;
    }
}
