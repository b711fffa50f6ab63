package io.claimant.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * All the word lists and tables the rules use ({@link LexiconList}), loaded and checked. Immutable and
 * thread-safe; annotators take one in their constructor. {@link #builtIn()} is read once per JVM and shared;
 * {@link #load(Path)} starts from it and applies a user's folder, so lists change without recompiling;
 * {@link #load(String, Map)} does the same with files held in memory.
 */
public final class Lexicon {

    private static final class BuiltIn {
        static final Lexicon LEXICON = readBuiltIn();
    }

    private final Map<LexiconList, List<Row>> rows;
    private final Map<LexiconList, Set<String>> words;
    private final CueVerbs cueVerbs;
    private final Map<String, CueClass> cuePhrases;

    private Lexicon(Map<LexiconList, List<Row>> rows) {
        this.rows = Collections.unmodifiableMap(new EnumMap<>(rows));
        Map<LexiconList, Set<String>> keys = new EnumMap<>(LexiconList.class);
        for (Map.Entry<LexiconList, List<Row>> e : rows.entrySet()) {
            checkDuplicates(e.getKey(), e.getValue());
            if (!e.getKey().isTable()) {
                Set<String> set = new LinkedHashSet<>();
                for (Row r : e.getValue()) {
                    set.add(r.get(LexiconList.WORD));
                }
                keys.put(e.getKey(), Collections.unmodifiableSet(set));
            }
        }
        this.words = Collections.unmodifiableMap(keys);
        this.cueVerbs = CueVerbs.of(rows.get(LexiconList.CUE_VERBS));
        Map<String, CueClass> phrases = new HashMap<>();
        for (Row row : rows.get(LexiconList.CUE_PHRASES)) {
            phrases.put(row.get(LexiconList.PHRASE), CueClass.of(row.get(LexiconList.CLASS)));
        }
        this.cuePhrases = Collections.unmodifiableMap(phrases);
    }

    /** The lists shipped in the jar, read once and shared. */
    public static Lexicon builtIn() {
        return BuiltIn.LEXICON;
    }

    /**
     * The built-in lists changed by the files in {@code folder}: {@code NAME.txt} or {@code NAME.tsv} named like a
     * built-in list replaces it, {@code NAME.add.txt} or {@code NAME.add.tsv} adds rows to it (after a replacement,
     * if both are there). Any other file is an error; hidden files (a leading dot) are ignored.
     *
     * @throws LexiconException naming the file (and line) at fault
     */
    public static Lexicon load(Path folder) {
        return load("lexicon folder " + folder, name -> folder.resolve(name).toString(), readFolder(folder));
    }

    /**
     * The built-in lists changed by files held in memory, by file name, with the same rules and checks as
     * {@link #load(Path)}: for lists that travel without their folder, such as those saved with a Spark stage.
     *
     * @param origin where the files came from, such as the folder they were read from; messages name a file as
     *               {@code origin/NAME}
     * @throws LexiconException naming the file (and line) at fault
     */
    public static Lexicon load(String origin, Map<String, byte[]> files) {
        return load("lexicon " + origin, name -> origin + "/" + name, files);
    }

    /**
     * The files of {@code folder} that {@link #load(Path)} reads, by name: all but hidden ones. The bytes are as
     * on disk; {@link #load(String, Map)} checks them.
     *
     * @throws LexiconException when the folder does not exist, holds a sub-folder or cannot be read
     */
    public static SortedMap<String, byte[]> readFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new LexiconException("lexicon folder " + folder + (Files.exists(folder) ? " is not a folder" : " does not exist"));
        }
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (Path file : filesIn(folder)) {
            String name = file.getFileName().toString();
            if (isHidden(name)) {
                continue;
            }
            if (Files.isDirectory(file)) {
                throw notALexiconFile("lexicon folder " + folder, name);
            }
            files.put(name, readFile(file));
        }
        return files;
    }

    /**
     * The one path every user lexicon takes, from a folder or from memory.
     *
     * @param where     what the files are, for the message about a file name that is no list
     * @param fileLabel how messages name a file
     */
    private static Lexicon load(String where, UnaryOperator<String> fileLabel, Map<String, byte[]> files) {
        Map<String, LexiconList> replaces = new HashMap<>();
        Map<String, LexiconList> adds = new HashMap<>();
        for (LexiconList list : LexiconList.values()) {
            replaces.put(list.fileName(), list);
            adds.put(list.addFileName(), list);
        }
        Map<LexiconList, List<Row>> replaced = new EnumMap<>(LexiconList.class);
        Map<LexiconList, List<Row>> added = new EnumMap<>(LexiconList.class);
        for (Map.Entry<String, byte[]> file : new TreeMap<>(files).entrySet()) {
            String name = file.getKey();
            if (isHidden(name)) {
                continue;
            }
            LexiconList list = replaces.get(name);
            Map<LexiconList, List<Row>> target = replaced;
            if (list == null) {
                list = adds.get(name);
                target = added;
            }
            if (list == null) {
                throw notALexiconFile(where, name);
            }
            String label = fileLabel.apply(name);
            target.put(list, ListReader.read(list, label, utf8(label, file.getValue())));
        }
        Map<LexiconList, List<Row>> rows = new EnumMap<>(builtIn().rows);
        rows.putAll(replaced);
        for (Map.Entry<LexiconList, List<Row>> e : added.entrySet()) {
            List<Row> merged = new ArrayList<>(rows.get(e.getKey()));
            merged.addAll(e.getValue());
            rows.put(e.getKey(), List.copyOf(merged));
        }
        return new Lexicon(rows);
    }

    private static boolean isHidden(String name) {
        return name.startsWith(".");
    }

    private static LexiconException notALexiconFile(String where, String name) {
        return new LexiconException(where + ": '" + name + "' is not a lexicon file."
                + " Valid names are NAME to replace a built-in list and NAME with .add before the extension"
                + " (e.g. " + LexiconList.CUE_VERBS.addFileName() + ") to add to it, where NAME is one of: "
                + String.join(", ", LexiconList.fileNames()));
    }

    /** The words of a {@code .txt} list, lower case. */
    public Set<String> words(LexiconList list) {
        Set<String> set = words.get(list);
        if (set == null) {
            throw new IllegalArgumentException(list.fileName() + " is a table; use rows()");
        }
        return set;
    }

    /** The rows of a list in file order (built-in first, then additions), each with where it came from. */
    public List<Row> rows(LexiconList list) {
        return rows.get(list);
    }

    public CueVerbs cueVerbs() {
        return cueVerbs;
    }

    /** {@code cue-phrases.tsv}: each phrase cue (words lower case, one space apart) and the kind of claim it reports. */
    public Map<String, CueClass> cuePhrases() {
        return cuePhrases;
    }

    private static Lexicon readBuiltIn() {
        Map<LexiconList, List<Row>> rows = new EnumMap<>(LexiconList.class);
        for (LexiconList list : LexiconList.values()) {
            rows.put(list, List.copyOf(ListReader.read(list, list.fileName() + " (built-in)", readResource(list.resource()))));
        }
        return new Lexicon(rows);
    }

    /** Two rows with the same key would make the result depend on which one a lookup meets first. */
    private static void checkDuplicates(LexiconList list, List<Row> rows) {
        Map<List<String>, Row> first = new HashMap<>();
        for (Row row : rows) {
            List<String> key = new ArrayList<>();
            for (Column c : list.columns().subList(0, list.keyColumns())) {
                key.add(row.get(c.name()));
            }
            Row earlier = first.putIfAbsent(key, row);
            if (earlier != null) {
                String what = "'" + String.join(" ", key) + "'";
                throw new LexiconException(row.where() + ": " + what + " is already listed at " + earlier.where()
                        + (earlier.origin().equals(row.origin()) ? "" : "; to change a built-in row, replace the whole"
                        + " list with your own " + list.fileName()));
            }
        }
    }

    private static List<Path> filesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new LexiconException("cannot list lexicon folder " + folder + ": " + e.getMessage(), e);
        }
    }

    private static byte[] readFile(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new LexiconException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String utf8(String label, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new LexiconException(label + " is not UTF-8 text", e);
        }
    }

    private static String readResource(String resource) {
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
