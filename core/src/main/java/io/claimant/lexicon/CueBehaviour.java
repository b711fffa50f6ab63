package io.claimant.lexicon;

/**
 * What the attribution rules let a cue verb do, one {@code y}/{@code n} column of {@code cue-verbs.tsv} each.
 * The rules consult these only for lemmas they take as cues ({@code rule} = y).
 */
public enum CueBehaviour {

    /** Reports with a bare clause as well as with "that": "she said the plan was dead". */
    BARE_CLAUSE("bare_clause"),
    /** With a bare clause, an addressee may come between verb and clause: "told reporters the plan was dead". */
    ADDRESSEE("addressee"),
    /** Takes a quotation straight after it, with no colon: "said “…”". */
    DIRECT_QUOTE("direct_quote"),
    /** May stand before its speaker in a tag after a quote: "“…,” said Karel Voss". */
    INVERTED_TAG("inverted_tag"),
    /** The content is an infinitive: "urged allies to spend more". */
    INFINITIVE("infinitive"),
    /**
     * With an infinitive, the speaker is its subject, so the content starts at "to" ("vowed to resign"); otherwise
     * the addressee is, and the content starts with the addressee ("urged allies to spend more").
     */
    SUBJECT_INFINITIVE("subject_infinitive"),
    /** Mostly takes a noun object, where a following "that" is a determiner: "dismissed that charge". */
    OBJECT_CONTENT("object_content"),
    /** Reports a judgement as an object with "as …" or a quoted label: "criticizes NATO as a relic". */
    AS_COMPLEMENT("as_complement");

    private final String column;

    CueBehaviour(String column) {
        this.column = column;
    }

    public String column() {
        return column;
    }
}
