package io.claimant.lexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The verb table, {@code attribution/cue-verbs.tsv}: each lemma's class, whether the rules take it as a cue, how
 * strongly, and what it lets the rules do. Checked as a whole when loaded: a behaviour on a row the rules never
 * use as a cue, or a behaviour that needs another one switched on, can never fire and is refused.
 */
public final class CueVerbs {

    static final String LEMMA = "lemma";
    static final String CLASS = "class";
    static final String RULE = "rule";
    static final String STRENGTH = "strength";

    private final Map<String, CueVerb> byLemma;

    private CueVerbs(Map<String, CueVerb> byLemma) {
        this.byLemma = byLemma;
    }

    static List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.word(LEMMA));
        columns.add(Column.choice(CLASS, CueClass.ids()));
        columns.add(Column.flag(RULE));
        columns.add(Column.strength(STRENGTH));
        for (CueBehaviour b : CueBehaviour.values()) {
            columns.add(Column.flag(b.column()));
        }
        return columns;
    }


    static CueVerbs of(List<Row> rows) {
        Map<String, CueVerb> byLemma = new LinkedHashMap<>();
        for (Row row : rows) {
            CueVerb verb = verb(row);
            byLemma.put(verb.lemma(), verb);
        }
        return new CueVerbs(byLemma);
    }

    private static CueVerb verb(Row row) {
        boolean rule = row.flag(RULE);
        boolean hasStrength = !row.get(STRENGTH).equals("-");
        if (rule != hasStrength) {
            throw new LexiconException(row.where() + ": '" + row.get(LEMMA) + "' "
                    + (rule ? "is a rule cue (rule = y) and needs a strength" : "has rule = n, so its strength must be -"));
        }
        Set<CueBehaviour> behaviours = EnumSet.noneOf(CueBehaviour.class);
        for (CueBehaviour b : CueBehaviour.values()) {
            if (row.flag(b.column())) {
                behaviours.add(b);
            }
        }
        if (!rule && !behaviours.isEmpty()) {
            throw new LexiconException(row.where() + ": '" + row.get(LEMMA) + "' has rule = n, so the rules never see it"
                    + " and " + columnsOf(behaviours) + " could never apply; set rule = y or set them to n");
        }
        requires(row, behaviours, CueBehaviour.ADDRESSEE, CueBehaviour.BARE_CLAUSE);
        requires(row, behaviours, CueBehaviour.SUBJECT_INFINITIVE, CueBehaviour.INFINITIVE);
        return new CueVerb(row.get(LEMMA), CueClass.of(row.get(CLASS)), rule,
                rule ? row.number(STRENGTH) : Double.NaN, behaviours);
    }

    private static void requires(Row row, Set<CueBehaviour> behaviours, CueBehaviour needs, CueBehaviour needed) {
        if (behaviours.contains(needs) && !behaviours.contains(needed)) {
            throw new LexiconException(row.where() + ": '" + row.get(LEMMA) + "' has " + needs.column() + " = y, which"
                    + " applies only with " + needed.column() + " = y");
        }
    }

    private static String columnsOf(Set<CueBehaviour> behaviours) {
        List<String> names = new ArrayList<>();
        for (CueBehaviour b : behaviours) {
            names.add(b.column());
        }
        return String.join(", ", names);
    }

    /** Whether the attribution rules take this lemma as a cue. */
    public boolean isRuleCue(String lemma) {
        CueVerb v = lemma == null ? null : byLemma.get(lemma);
        return v != null && v.rule();
    }

    /** The row for this lemma, or null. */
    public CueVerb get(String lemma) {
        return lemma == null ? null : byLemma.get(lemma);
    }

    /** The class of claim this lemma reports, rule cue or not. */
    public Optional<CueClass> classOf(String lemma) {
        CueVerb v = get(lemma);
        return v == null ? Optional.empty() : Optional.of(v.cueClass());
    }

    /** Whether {@code lemma} is a rule cue with this behaviour. */
    public boolean has(String lemma, CueBehaviour behaviour) {
        CueVerb v = get(lemma);
        return v != null && v.rule() && v.has(behaviour);
    }

    /** Every row, in file order. */
    public Collection<CueVerb> all() {
        return byLemma.values();
    }
}
