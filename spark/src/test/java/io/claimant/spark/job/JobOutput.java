package io.claimant.spark.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads what the job and the command line wrote, for the tests to compare. */
final class JobOutput {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JobOutput() {
    }

    /** Every line of the part files Spark wrote into {@code folder}, in part order. */
    static List<String> partLines(Path folder) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(folder)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(part));
            }
        }
        return lines;
    }

    /** The JSON Lines part files Spark wrote into {@code folder}, parsed. */
    static List<JsonNode> jsonParts(Path folder) throws IOException {
        return parsed(partLines(folder));
    }

    static List<JsonNode> parsed(List<String> lines) {
        List<JsonNode> nodes = new ArrayList<>(lines.size());
        for (String line : lines) {
            try {
                nodes.add(JSON.readTree(line));
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + line, e);
            }
        }
        return nodes;
    }

    /** Claim lines by their {@code id}. */
    static Map<String, JsonNode> claimsById(List<String> lines) {
        Map<String, JsonNode> claims = new TreeMap<>();
        for (JsonNode node : parsed(lines)) {
            claims.put(node.get("id").asText(), node);
        }
        return claims;
    }
}
