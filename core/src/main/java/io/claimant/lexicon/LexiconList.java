package io.claimant.lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * Every word list and table Claimant's rules use, by the file name that holds it. The built-in files are
 * resources under {@code io/claimant/<package>/}; in a user's lexicon folder the same name replaces a list and
 * {@code NAME.add.txt} / {@code NAME.add.tsv} adds to it. A {@code .txt} list has one word a line; a {@code .tsv}
 * table has a header row naming its columns. In both, a line starting with {@code #} is a comment.
 */
public enum LexiconList {

    // attribution
    CUE_VERBS("attribution", "cue-verbs.tsv", CueVerbs.columns(), 1, false),
    TAG_TRAILING_WORDS("attribution", "tag-trailing-words.txt"),
    SUBJECT_CUE_GAP_WORDS("attribution", "subject-cue-gap-words.txt"),
    NON_SOURCE_WORDS("attribution", "non-source-words.txt"),
    GROUP_SOURCE_WORDS("attribution", "group-source-words.txt"),
    SOURCE_PREPOSITIONS("attribution", "source-prepositions.txt"),
    GENERIC_ORGANISATION_NOUNS("attribution", "generic-organisation-nouns.txt"),
    DOCUMENT_NOUNS("attribution", "document-nouns.txt"),
    LABEL_WORDS("attribution", "label-words.txt"),
    CUE_PHRASES("attribution", "cue-phrases.tsv", List.of(Column.phrase(LexiconList.PHRASE), cueClass()), 1, false),
    RELATIVE_PRONOUNS("attribution", "relative-pronouns.txt"),
    CONTINUING_PRONOUNS("attribution", "continuing-pronouns.txt"),
    CUE_FOLLOWERS("attribution", "cue-followers.txt"),

    // entity
    TITLES("entity", "titles.txt"),
    FIRST_NAMES("entity", "first-names.tsv", List.of(Column.word("name"), gender()), 1, true),
    GENDERED_TITLES("entity", "gendered-titles.tsv", List.of(Column.word("word"), gender()), 1, false),
    GENDERED_PRONOUNS("entity", "gendered-pronouns.tsv", List.of(Column.word("word"), gender()), 1, false),
    ROLE_NOUNS("entity", "role-nouns.tsv", List.of(Column.word("role"), Column.word("title")), 2, false),
    ORGANISATION_DESIGNATORS("entity", "organisation-designators.txt"),
    PLACE_PREPOSITIONS("entity", "place-prepositions.txt"),

    // quote
    ELIDED_WORDS("quote", "elided-words.txt"),

    // sentences
    NAME_ABBREVIATIONS("adapter/opennlp", "name-abbreviations.txt");

    /** The one column of a {@code .txt} list. */
    public static final String WORD = "word";
    /** The columns of {@code cue-phrases.tsv}. */
    static final String PHRASE = "phrase";
    static final String CLASS = "class";

    private final String packageFolder;
    private final String fileName;
    private final List<Column> columns;
    private final int keyColumns;
    private final boolean caseSensitive;

    /** A word list: one lower-case word a line. */
    LexiconList(String packageFolder, String fileName) {
        this(packageFolder, fileName, List.of(Column.word(WORD)), 1, false);
    }

    /**
     * @param keyColumns    how many leading columns identify a row: two rows may not share them
     * @param caseSensitive whether words keep their case (given names) or are compared lower-cased (all else)
     */
    LexiconList(String packageFolder, String fileName, List<Column> columns, int keyColumns, boolean caseSensitive) {
        this.packageFolder = packageFolder;
        this.fileName = fileName;
        this.columns = List.copyOf(columns);
        this.keyColumns = keyColumns;
        this.caseSensitive = caseSensitive;
    }

    /** The name in a lexicon folder, e.g. {@code cue-verbs.tsv}. */
    public String fileName() {
        return fileName;
    }

    /** The name of a file that adds rows to this list, e.g. {@code cue-verbs.add.tsv}. */
    public String addFileName() {
        int dot = fileName.lastIndexOf('.');
        return fileName.substring(0, dot) + ".add" + fileName.substring(dot);
    }

    public String resource() {
        return "io/claimant/" + packageFolder + "/" + fileName;
    }

    public boolean isTable() {
        return fileName.endsWith(".tsv");
    }

    public List<Column> columns() {
        return columns;
    }

    int keyColumns() {
        return keyColumns;
    }

    boolean caseSensitive() {
        return caseSensitive;
    }

    /** Every valid file name of a lexicon folder, for error messages. */
    static List<String> fileNames() {
        List<String> names = new ArrayList<>();
        for (LexiconList list : values()) {
            names.add(list.fileName());
        }
        return names;
    }

    private static Column cueClass() {
        return Column.choice(LexiconList.CLASS, CueClass.ids());
    }

    private static Column gender() {
        return Column.choice("gender", List.of("F", "M"));
    }
}
