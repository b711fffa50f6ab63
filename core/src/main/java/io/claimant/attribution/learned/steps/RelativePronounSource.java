package io.claimant.attribution.learned.steps;

import io.claimant.attribution.Candidate;
import io.claimant.lexicon.Lexicon;
import io.claimant.lexicon.LexiconList;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Truckers, who say …": PolNeAR marks the relative pronoun as the source, but a claim's source is the noun phrase
 * that names the speaker. Where the rules, for the same cue, found a source, it replaces a source that is only a
 * relative pronoun ({@code relative-pronouns.txt}).
 */
final class RelativePronounSource implements Step {

    static final String NAME = "relative-pronoun-source";

    private final Set<String> pronouns;

    RelativePronounSource(Lexicon lexicon) {
        this.pronouns = lexicon.words(LexiconList.RELATIVE_PRONOUNS);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Candidate> apply(List<Candidate> candidates, StepContext context) {
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (Candidate l : candidates) {
            Candidate r = l.source() == null ? null : context.ruleWithSameCue(l);
            boolean pronoun = r != null && r.source() != null
                    && pronouns.contains(context.doc().text(l.source()).strip().toLowerCase(Locale.ROOT));
            out.add(pronoun ? l.withSource(r.source()) : l);
        }
        return out;
    }
}
