package io.claimant.attribution.learned.steps;

import io.claimant.attribution.Candidate;
import io.claimant.lexicon.Lexicon;
import io.claimant.lexicon.LexiconList;

import java.util.Locale;
import java.util.Set;

/**
 * "Truckers, who say …": PolNeAR marks the relative pronoun as the source, but a claim's source is the noun phrase
 * that names the speaker. Where the rules, for the same cue, found a source, it replaces a source that is only a
 * relative pronoun ({@code relative-pronouns.txt}).
 */
final class RelativePronounSource extends SameCueRuleStep {

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
    Candidate refine(Candidate learned, Candidate rule, StepContext context) {
        boolean pronoun = learned.source() != null && rule.source() != null
                && pronouns.contains(context.doc().text(learned.sourceCore()).strip().toLowerCase(Locale.ROOT));
        return pronoun ? learned.withSource(rule.source(), rule.sourceCore()) : learned;
    }
}
