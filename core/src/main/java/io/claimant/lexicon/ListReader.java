package io.claimant.lexicon;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses one lexicon file into rows. A {@code .txt} list holds one word a line; a {@code .tsv} table starts with
 * a header row naming its columns (in any order, each once, none unknown or missing), fields separated by one or
 * more tabs so that columns can be lined up. Blank lines and lines starting with {@code #} are skipped.
 */
final class ListReader {

    private ListReader() {
    }

    static List<Row> read(LexiconList list, String origin, String content) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        String[] lines = text.split("\\R", -1);
        List<Row> rows = new ArrayList<>();
        List<Column> header = list.isTable() ? null : list.columns();
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (header == null) {
                header = header(list, origin, lineNumber, line);
                continue;
            }
            rows.add(row(list, origin, lineNumber, header, line));
        }
        if (header == null) {
            throw new LexiconException(origin + ": no header row; the columns are "
                    + String.join(", ", names(list.columns())));
        }
        return rows;
    }

    private static List<Column> header(LexiconList list, String origin, int line, String text) {
        Map<String, Column> known = new LinkedHashMap<>();
        for (Column c : list.columns()) {
            known.put(c.name(), c);
        }
        List<Column> header = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String name : text.split("\t+")) {
            Column c = known.get(name.strip());
            if (c == null) {
                throw new LexiconException(origin + " line " + line + ": unknown column '" + name.strip()
                        + "'; the columns of " + list.fileName() + " are " + String.join(", ", known.keySet()));
            }
            if (!seen.add(c.name())) {
                throw new LexiconException(origin + " line " + line + ": column '" + c.name() + "' appears twice");
            }
            header.add(c);
        }
        List<String> missing = new ArrayList<>(known.keySet());
        missing.removeAll(seen);
        if (!missing.isEmpty()) {
            throw new LexiconException(origin + " line " + line + ": the header lacks column"
                    + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing));
        }
        return header;
    }

    private static Row row(LexiconList list, String origin, int line, List<Column> header, String text) {
        String[] fields = list.isTable() ? text.split("\t+") : new String[] {text};
        if (fields.length != header.size()) {
            throw new LexiconException(origin + " line " + line + ": " + fields.length + " field"
                    + (fields.length == 1 ? "" : "s") + " where the header has " + header.size()
                    + " (" + String.join(", ", names(header)) + "); separate fields with tabs");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int k = 0; k < fields.length; k++) {
            Column c = header.get(k);
            try {
                values.put(c.name(), c.check(fields[k].strip(), list.caseSensitive()));
            } catch (Column.BadValue e) {
                throw new LexiconException(origin + " line " + line + ": " + e.getMessage());
            }
        }
        return new Row(origin, line, values);
    }

    private static List<String> names(List<Column> columns) {
        return columns.stream().map(Column::name).toList();
    }
}
