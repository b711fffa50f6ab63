package io.claimant;

import io.claimant.attribution.learned.steps.Steps;
import io.claimant.testing.SharedPipeline;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ARCHITECTURE.md stays true: its module table lists the parent pom's modules, each module's dependencies on other
 * Claimant modules are among those its row allows, and its list of steps after decoding is the default list.
 */
class ArchitectureDocTest {

    private static final Path REPO = SharedPipeline.repoDir();
    /** A row of the module table: | `name` | `artifact` | what | may depend on |. */
    private static final Pattern MODULE_ROW = Pattern.compile("(?m)^\\| `([a-z]+)` \\| `(claimant-[a-z]+)` \\|.*\\|(.*)\\|$");
    private static final Pattern STEP = Pattern.compile("(?m)^\\d+\\. `([a-z-]+)`:");

    private static String doc() throws IOException {
        return Files.readString(REPO.resolve("ARCHITECTURE.md"));
    }

    /** Module folder → the Claimant modules its "may depend on" cell names. */
    private static Map<String, List<String>> table() throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        Matcher m = MODULE_ROW.matcher(doc());
        while (m.find()) {
            List<String> allowed = new ArrayList<>();
            Matcher name = Pattern.compile("`([a-z]+)`").matcher(m.group(3));
            while (name.find()) {
                allowed.add(name.group(1));
            }
            out.put(m.group(1), allowed);
        }
        return out;
    }

    private static List<String> pomModules() throws IOException {
        List<String> modules = new ArrayList<>();
        Matcher m = Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(REPO.resolve("pom.xml")));
        while (m.find()) {
            modules.add(m.group(1));
        }
        return modules;
    }

    /** The Claimant modules a module's pom depends on outside the test scope. */
    private static List<String> claimantDependencies(String module) throws IOException {
        List<String> out = new ArrayList<>();
        String pom = Files.readString(REPO.resolve(module).resolve("pom.xml"));
        Matcher m = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL).matcher(pom);
        while (m.find()) {
            String d = m.group(1);
            Matcher artifact = Pattern.compile("<artifactId>claimant-([a-z]+)</artifactId>").matcher(d);
            if (artifact.find() && !d.contains("<scope>test</scope>")) {
                out.add(artifact.group(1));
            }
        }
        return out;
    }

    @Test
    void theModuleTableListsTheParentPomsModules() throws IOException {
        assertEquals(pomModules().stream().sorted().toList(), table().keySet().stream().sorted().toList(),
                "ARCHITECTURE.md's module table and the parent pom's <modules>");
    }

    @Test
    void everyModuleDependsOnlyOnTheModulesItsRowAllows() throws IOException {
        for (Map.Entry<String, List<String>> row : table().entrySet()) {
            for (String dependency : claimantDependencies(row.getKey())) {
                assertTrue(row.getValue().contains(dependency), row.getKey() + " depends on " + dependency
                        + ", which its row in ARCHITECTURE.md does not allow: " + row.getValue());
            }
        }
    }

    @Test
    void theStepsAreTheDefaultListInOrder() throws IOException {
        String doc = doc();
        String section = doc.substring(doc.indexOf("## Steps after decoding"), doc.indexOf("## Where to add"));
        List<String> listed = new ArrayList<>();
        Matcher m = STEP.matcher(section);
        while (m.find()) {
            listed.add(m.group(1));
        }
        assertEquals(Steps.DEFAULT, listed);
    }
}
