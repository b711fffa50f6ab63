package io.claimant.attribution.learned.model;

import io.claimant.attribution.learned.table.TokenSpan;

import java.util.ArrayList;
import java.util.List;

/**
 * The labels of one of the two sequence models, defined once for training (spans to labels), decoding (which label
 * may follow which) and reading the result (labels to spans). Both use BIO: "B-X" starts a span of role X, "I-X"
 * continues it, "O" is outside every span. A model file stores its labels, and loading checks them against these.
 */
public final class TagSet {

    /** The roles a token can be tagged with, and the short code each has in a label. */
    public enum Role {
        CUE("CUE"), SOURCE("S"), CONTENT("C");

        private final String code;

        Role(String code) {
            this.code = code;
        }
    }

    public static final String OUTSIDE = "O";

    /** The cue model's labels, over every token of a document. */
    public static final TagSet CUES = new TagSet(Role.CUE);

    /** The role model's labels, over the tokens of one cue's window. */
    public static final TagSet ROLES = new TagSet(Role.SOURCE, Role.CONTENT);

    /** The encoder's labels: the three roles in one pass over every token of a document. */
    public static final TagSet ALL = new TagSet(Role.CUE, Role.SOURCE, Role.CONTENT);

    private final List<Role> roles;
    private final String[] labels;

    private TagSet(Role... roles) {
        this.roles = List.of(roles);
        labels = new String[1 + 2 * roles.length];
        labels[0] = OUTSIDE;
        for (int r = 0; r < roles.length; r++) {
            labels[1 + 2 * r] = begin(roles[r]);
            labels[2 + 2 * r] = inside(roles[r]);
        }
    }

    /** The labels in the order a model's score arrays hold them. */
    public String[] labels() {
        return labels.clone();
    }

    public String begin(Role role) {
        return "B-" + role.code;
    }

    public String inside(Role role) {
        return "I-" + role.code;
    }

    /** The label of a token of {@code role} that follows a token labelled {@code previous}. */
    public String continuing(Role role, String previous) {
        return role == roleOf(previous) ? inside(role) : begin(role);
    }

    /** The role a label marks, or null for {@link #OUTSIDE}. */
    public Role roleOf(String label) {
        for (Role role : roles) {
            if (label.length() == role.code.length() + 2 && label.endsWith(role.code) && label.charAt(1) == '-') {
                return role;
            }
        }
        return null;
    }

    /** Whether {@code next} may follow {@code previous}: an inside label only continues a span of its own role. */
    public boolean allowed(String previous, String next) {
        return !next.startsWith("I-") || roleOf(previous) == roleOf(next);
    }

    /**
     * The spans labelled {@code B-X I-X*} for {@code role} X, as token spans shifted by {@code offset} (where the
     * labels' first position lies in the document). A stray "I-X" (which the decoder never gives, but a
     * hand-built sequence might) starts a span too.
     */
    public List<TokenSpan> spans(String[] sequence, Role role, int offset) {
        List<TokenSpan> out = new ArrayList<>();
        String b = begin(role);
        String in = inside(role);
        int start = -1;
        for (int i = 0; i <= sequence.length; i++) {
            String l = i < sequence.length ? sequence[i] : OUTSIDE;
            boolean continues = l.equals(in) && start >= 0;
            if (!continues && start >= 0) {
                out.add(new TokenSpan(offset + start, offset + i));
                start = -1;
            }
            if (l.equals(b) || l.equals(in) && start < 0) {
                start = i;
            }
        }
        return out;
    }

    /** Whether a model's labels are these, in this order: weights learned for other labels would be misread. */
    public boolean matches(String[] modelLabels) {
        return java.util.Arrays.equals(labels, modelLabels);
    }
}
