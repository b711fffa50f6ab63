package io.claimant.attribution.learned.steps;

import io.claimant.attribution.Candidate;
import io.claimant.lexicon.Lexicon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The steps after decoding, by name, and an ordered list of them to run. The order matters: sources are settled
 * before contents grow, contents are cut before nesting is judged, and the rules fill in last, where nothing
 * learned stands. A model card records the list its model was chosen with; an experiment may run another.
 */
public final class Steps {

    /** Every step, each to a factory, in the order they run by default. */
    private static final Map<String, Function<Lexicon, Step>> ALL = new LinkedHashMap<>();

    static {
        ALL.put(RelativePronounSource.NAME, RelativePronounSource::new);
        ALL.put(SourceFromRules.NAME, lexicon -> new SourceFromRules());
        ALL.put(QuoteContinuationFromRules.NAME, lexicon -> new QuoteContinuationFromRules());
        ALL.put(CoordinatedClaims.NAME, lexicon -> new CoordinatedClaims());
        ALL.put(OutermostOnly.NAME, lexicon -> new OutermostOnly());
        ALL.put(RuleFallback.NAME, lexicon -> new RuleFallback());
    }

    /** The names of every step, in the default order. */
    public static final List<String> DEFAULT = List.copyOf(ALL.keySet());

    /** The step that adds rule candidates where the learned stage found nothing. */
    public static final String RULE_FALLBACK = RuleFallback.NAME;

    private final List<Step> steps;

    private Steps(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    /**
     * The named steps, to run in the order given.
     *
     * @param lexicon the word lists the steps read
     * @throws IllegalArgumentException for a name that is no step, or one named twice
     */
    public static Steps named(List<String> names, Lexicon lexicon) {
        List<Step> out = new ArrayList<>();
        for (String name : names) {
            Function<Lexicon, Step> factory = ALL.get(name);
            if (factory == null) {
                throw new IllegalArgumentException("no step named '" + name + "'; the steps are "
                        + String.join(", ", DEFAULT));
            }
            if (out.stream().anyMatch(s -> s.name().equals(name))) {
                throw new IllegalArgumentException("step '" + name + "' is named twice");
            }
            out.add(factory.apply(lexicon));
        }
        return new Steps(out);
    }

    public List<String> names() {
        return steps.stream().map(Step::name).toList();
    }

    /** Runs the steps in order, each on what the one before returned. */
    public List<Candidate> apply(List<Candidate> candidates, StepContext context) {
        List<Candidate> out = candidates;
        for (Step step : steps) {
            out = step.apply(out, context);
        }
        return out;
    }
}
