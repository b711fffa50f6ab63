package io.claimant.brat;

import java.util.List;
import java.util.Map;

/**
 * One event ("E" line): its type and trigger, and its arguments by role. A role may appear more than once
 * (PolNeAR has Content2), so each maps to a list of text-bound ids.
 */
public record BratEvent(String id, String type, String triggerId, Map<String, List<String>> roles) {

    public List<String> role(String name) {
        return roles.getOrDefault(name, List.of());
    }
}
