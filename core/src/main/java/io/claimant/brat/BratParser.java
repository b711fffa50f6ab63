package io.claimant.brat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Parses brat standoff. Tolerant of what real corpora contain (PolNeAR: roles in any order, numbered roles
 * such as Content2, event types other than Attribution), strict about what would silently corrupt scores:
 * a malformed line is an error naming the file and line.
 */
public final class BratParser {

    /**
     * The start of an annotation line: an id ("T12", "E3", "A1", "#2", "*") and a tab. A line that does not start
     * so continues the text field of the "T" line before it: brat writes a span's text as it is, and PolNeAR has
     * spans whose text holds a line break.
     */
    private static final Pattern ANNOTATION_START = Pattern.compile("^(?:[TERAMN#]\\d*|\\*)\t");

    private BratParser() {
    }

    public static BratDocument parse(String content, String name) {
        Map<String, BratSpan> spans = new LinkedHashMap<>();
        List<BratEvent> events = new ArrayList<>();
        Map<String, Map<String, String>> attributes = new HashMap<>();
        Map<String, String> notes = new HashMap<>();
        List<String[]> lines = joinContinuations(content.split("\r?\n|\r", -1), name);
        for (String[] numbered : lines) {
            String line = numbered[1];
            try {
                switch (line.charAt(0)) {
                    case 'T' -> {
                        BratSpan span = textBound(line);
                        spans.put(span.id(), span);
                    }
                    case 'E' -> events.add(event(line));
                    case 'A', 'M' -> attribute(line, attributes);
                    case '#' -> note(line, notes);
                    default -> { } // relations (R), equivalences (*) and normalizations (N) are not used
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(name + ":" + numbered[0] + ": cannot parse brat line: " + line, e);
            }
        }
        return new BratDocument(spans, events, attributes, notes);
    }

    /**
     * Annotation lines with their 1-based line numbers, each "T" line joined with the lines that continue its
     * text. Blank lines are skipped unless they sit inside such a text (a span holding an empty line).
     */
    private static List<String[]> joinContinuations(String[] raw, String name) {
        List<String[]> out = new ArrayList<>();
        StringBuilder pendingBlank = new StringBuilder();
        for (int n = 0; n < raw.length; n++) {
            String line = raw[n];
            if (ANNOTATION_START.matcher(line).find()) {
                out.add(new String[] {String.valueOf(n + 1), line});
                pendingBlank.setLength(0);
            } else if (line.isBlank()) {
                pendingBlank.append('\n').append(line);
            } else if (!out.isEmpty() && out.get(out.size() - 1)[1].startsWith("T")) {
                String[] previous = out.get(out.size() - 1);
                previous[1] = previous[1] + pendingBlank + "\n" + line;
                pendingBlank.setLength(0);
            } else {
                throw new IllegalArgumentException(name + ":" + (n + 1) + ": not a brat annotation line: " + line);
            }
        }
        return out;
    }

    private static BratSpan textBound(String line) {
        String[] f = line.split("\t", 3);
        int space = f[1].indexOf(' ');
        String type = f[1].substring(0, space);
        List<int[]> fragments = new ArrayList<>();
        for (String fragment : f[1].substring(space + 1).split(";")) {
            String[] be = fragment.trim().split(" ");
            int begin = Integer.parseInt(be[0]);
            int end = Integer.parseInt(be[1]);
            if (begin < 0 || end < begin) {
                throw new IllegalArgumentException("bad offsets " + fragment);
            }
            fragments.add(new int[] {begin, end});
        }
        return new BratSpan(f[0], type, fragments, f.length > 2 ? f[2] : "");
    }

    private static BratEvent event(String line) {
        String[] f = line.split("\t");
        String[] args = f[1].trim().split("\\s+");
        String[] trigger = args[0].split(":");
        Map<String, List<String>> roles = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String[] kv = args[i].split(":");
            roles.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(kv[1]);
        }
        return new BratEvent(f[0], trigger[0], trigger[1], roles);
    }

    private static void attribute(String line, Map<String, Map<String, String>> attributes) {
        String[] f = line.split("\t");
        String[] parts = f[1].trim().split("\\s+");
        String value = parts.length > 2 ? parts[2] : "true";
        attributes.computeIfAbsent(parts[0], k -> new HashMap<>()).put(parts[1], value);
    }

    private static void note(String line, Map<String, String> notes) {
        String[] f = line.split("\t", 3);
        String[] head = f[1].trim().split("\\s+");
        if (head[0].equals("AnnotatorNotes") && head.length > 1) {
            notes.put(head[1], f.length > 2 ? f[2].trim() : "");
        }
    }
}
