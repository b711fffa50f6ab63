package io.claimant.eval;

import io.claimant.brat.BratDocument;
import io.claimant.brat.BratEvent;
import io.claimant.brat.BratParser;
import io.claimant.brat.BratSpan;
import io.claimant.testing.SharedPipeline;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every .ann file in the repository conforms to src-test-data/annotation.conf (brat itself cannot be installed
 * here to check it): declared types, event roles and attribute values, and span texts equal to the code-point
 * slices they claim.
 */
class AnnotationConformanceTest {

    private record EventType(Map<String, String> roles, Set<String> required) {
    }

    @Test
    void everyAnnotationFileConformsToTheConfiguration() throws IOException {
        Path data = SharedPipeline.repoDir().resolve("src-test-data");
        Map<String, List<String>> conf = sections(Files.readAllLines(data.resolve("annotation.conf")));
        Set<String> entities = new HashSet<>(conf.get("entities"));
        Map<String, EventType> events = new HashMap<>();
        for (String line : conf.get("events")) {
            String[] f = line.split("\t");
            Map<String, String> roles = new HashMap<>();
            Set<String> required = new HashSet<>();
            for (String arg : f[1].split(",\\s*")) {
                String[] kv = arg.split(":");
                String role = kv[0].replace("?", "").replace("*", "");
                roles.put(role, kv[1]);
                if (!kv[0].endsWith("?") && !kv[0].endsWith("*")) {
                    required.add(role);
                }
            }
            events.put(f[0], new EventType(roles, required));
        }
        Map<String, Set<String>> attributeValues = new HashMap<>();
        for (String line : conf.get("attributes")) {
            String[] f = line.split("\t");
            for (String part : f[1].split(",\\s*")) {
                if (part.startsWith("Value:")) {
                    attributeValues.put(f[0], Set.of(part.substring(6).split("\\|")));
                }
            }
        }

        List<Path> files;
        try (Stream<Path> walk = Files.walk(data)) {
            files = walk.filter(p -> p.toString().endsWith(".ann")).sorted().toList();
        }
        assertTrue(files.size() >= 7, "annotation files found: " + files.size());
        List<String> problems = new ArrayList<>();
        for (Path ann : files) {
            CodePointText text = new CodePointText(GoldCorpus.readText(textOf(data, ann)));
            BratDocument doc = BratParser.parse(Files.readString(ann), ann.toString());
            String where = data.relativize(ann).toString();
            for (BratSpan s : doc.spans().values()) {
                if (!entities.contains(s.type())) {
                    problems.add(where + " " + s.id() + ": undeclared type " + s.type());
                }
                StringBuilder slice = new StringBuilder();
                for (int[] f : s.fragments()) {
                    if (f[1] > text.length()) {
                        problems.add(where + " " + s.id() + ": offset " + f[1] + " past the text's end");
                        continue;
                    }
                    slice.append(slice.length() == 0 ? "" : " ").append(text.slice(f[0], f[1]));
                }
                if (!slice.toString().replace('\n', ' ').equals(s.text().replace('\n', ' '))) {
                    problems.add(where + " " + s.id() + ": text '" + s.text() + "' but the offsets hold '" + slice + "'");
                }
            }
            for (BratEvent e : doc.events()) {
                EventType type = events.get(e.type());
                if (type == null) {
                    problems.add(where + " " + e.id() + ": undeclared event " + e.type());
                    continue;
                }
                BratSpan trigger = doc.span(e.triggerId());
                if (trigger == null || !trigger.type().equals(e.type())) {
                    problems.add(where + " " + e.id() + ": trigger " + e.triggerId() + " is not an " + e.type());
                }
                for (String role : type.required()) {
                    if (e.role(role).isEmpty()) {
                        problems.add(where + " " + e.id() + ": missing " + role);
                    }
                }
                for (var role : e.roles().entrySet()) {
                    String expected = type.roles().get(role.getKey());
                    for (String id : role.getValue()) {
                        BratSpan arg = doc.span(id);
                        if (expected == null || arg == null || !arg.type().equals(expected)) {
                            problems.add(where + " " + e.id() + ": role " + role.getKey() + ":" + id + " not allowed");
                        }
                    }
                }
                String quoteType = doc.attribute("QuoteType", e.id());
                if (quoteType == null || !attributeValues.get("QuoteType").contains(quoteType)) {
                    problems.add(where + " " + e.id() + ": QuoteType missing or invalid: " + quoteType);
                }
            }
            for (String target : doc.notes().keySet()) {
                if (doc.span(target) == null || !doc.span(target).type().equals("Source")) {
                    problems.add(where + ": AnnotatorNotes on " + target + ", which is not a Source");
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> problems.size() + " problems:\n" + String.join("\n", problems));
    }

    /** iaa/ files annotate the texts in dev/; every other .ann sits beside its .txt. */
    private static Path textOf(Path data, Path ann) {
        String name = ann.getFileName().toString().replaceFirst("\\.ann$", ".txt");
        Path beside = ann.resolveSibling(name);
        return Files.exists(beside) ? beside : data.resolve("dev").resolve(name);
    }

    private static Map<String, List<String>> sections(List<String> lines) {
        Map<String, List<String>> out = new HashMap<>();
        String current = null;
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            if (l.startsWith("[") && l.endsWith("]")) {
                current = l.substring(1, l.length() - 1);
                out.put(current, new ArrayList<>());
            } else if (current != null) {
                out.get(current).add(line.strip());
            }
        }
        return out;
    }
}
