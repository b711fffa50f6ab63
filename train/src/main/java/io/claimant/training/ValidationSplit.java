package io.claimant.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Which training texts are held out to choose settings on. Dev is for reporting only, so choices are made on a
 * list drawn from train; the list used for the shipped model is committed, so anyone can draw the same line.
 */
public final class ValidationSplit {

    private ValidationSplit() {
    }

    /** Text ids listed in a file, one a line; "#" starts a comment. */
    public static Set<String> read(Path file) throws IOException {
        Set<String> ids = new LinkedHashSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String id = line.strip();
            if (!id.isEmpty() && !id.startsWith("#")) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** A deterministic draw of {@code fraction} of the ids (at least one when there are two or more). */
    public static Set<String> draw(List<String> ids, double fraction, long seed) {
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(null);
        Collections.shuffle(sorted, new Random(seed));
        int n = (int) Math.round(sorted.size() * fraction);
        if (n == 0 && sorted.size() > 1 && fraction > 0) {
            n = 1;
        }
        List<String> picked = new ArrayList<>(sorted.subList(0, n));
        picked.sort(null);
        return new LinkedHashSet<>(picked);
    }

    public static void write(Set<String> ids, Path file, String header) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String h : header.split("\n")) {
            lines.add("# " + h);
        }
        lines.addAll(ids);
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
