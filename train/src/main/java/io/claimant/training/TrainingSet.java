package io.claimant.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Labelled feature vectors for one classifier, as the learners read them: each row is the sorted ids of its
 * features (all valued 1), with a label id. Features are collected as strings and numbered on first sight;
 * {@link #withCutoff} drops the rare ones, which carry more noise than signal and bloat the model.
 */
public final class TrainingSet {

    private final String[] labels;
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private int[] counts = new int[1024];
    private final List<int[]> rows = new ArrayList<>();
    private int[] y = new int[1024];

    public TrainingSet(String[] labels) {
        this.labels = labels.clone();
    }

    private TrainingSet(String[] labels, List<String> names, List<int[]> rows, int[] y) {
        this.labels = labels;
        this.names.addAll(names);
        for (int k = 0; k < names.size(); k++) {
            ids.put(names.get(k), k);
        }
        this.rows.addAll(rows);
        this.y = y;
    }

    public void add(List<String> features, String label) {
        int labelId = labelIndex(label);
        int[] row = new int[features.size()];
        int n = 0;
        for (String f : features) {
            Integer id = ids.get(f);
            if (id == null) {
                id = names.size();
                ids.put(f, id);
                names.add(f);
                if (id == counts.length) {
                    counts = Arrays.copyOf(counts, counts.length * 2);
                }
            }
            row[n++] = id;
        }
        Arrays.sort(row);
        // A template may fire the same string twice for one token; a binary feature counts once.
        int distinct = 0;
        for (int k = 0; k < n; k++) {
            if (k == 0 || row[k] != row[k - 1]) {
                row[distinct++] = row[k];
                counts[row[k]]++;
            }
        }
        if (rows.size() == y.length) {
            y = Arrays.copyOf(y, y.length * 2);
        }
        y[rows.size()] = labelId;
        rows.add(distinct == n ? row : Arrays.copyOf(row, distinct));
    }

    private int labelIndex(String label) {
        for (int k = 0; k < labels.length; k++) {
            if (labels[k].equals(label)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown label " + label);
    }

    /** A copy that keeps only features seen in at least {@code minCount} rows, renumbered in sorted order. */
    public TrainingSet withCutoff(int minCount) {
        List<String> kept = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            if (counts[k] >= minCount) {
                kept.add(names.get(k));
            }
        }
        kept.sort(null); // numbering by name, not by first sight, so the learners see the same problem however the data was ordered
        Map<String, Integer> newIds = new HashMap<>(kept.size() * 2);
        for (int k = 0; k < kept.size(); k++) {
            newIds.put(kept.get(k), k);
        }
        int[] remap = new int[names.size()];
        for (int k = 0; k < names.size(); k++) {
            Integer id = newIds.get(names.get(k));
            remap[k] = id == null ? -1 : id;
        }
        List<int[]> newRows = new ArrayList<>(rows.size());
        for (int[] row : rows) {
            int[] r = new int[row.length];
            int n = 0;
            for (int f : row) {
                if (remap[f] >= 0) {
                    r[n++] = remap[f];
                }
            }
            int[] trimmed = Arrays.copyOf(r, n);
            Arrays.sort(trimmed);
            newRows.add(trimmed);
        }
        TrainingSet out = new TrainingSet(labels, kept, newRows, Arrays.copyOf(y, rows.size()));
        out.counts = new int[Math.max(1, kept.size())];
        return out;
    }

    public String[] labels() {
        return labels.clone();
    }

    public int size() {
        return rows.size();
    }

    public int featureCount() {
        return names.size();
    }

    public String featureName(int id) {
        return names.get(id);
    }

    public int[] row(int index) {
        return rows.get(index);
    }

    public int label(int index) {
        return y[index];
    }
}
