package io.claimant;

import io.claimant.document.Claim;
import io.claimant.document.ClaimContent;
import io.claimant.document.ClaimType;
import io.claimant.document.Span;
import io.claimant.testing.ReadmeJava;
import io.claimant.testing.SharedPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Java example in the README compiles against the library and prints real claims when run. */
class ReadmeExampleTest {

    @Test
    void readmeJavaExampleCompilesAndRuns(@TempDir Path dir) throws Exception {
        Class<?> example = compileReadmeExample(dir);
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            example.getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(original);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("Karel Voss"), printed);
        assertTrue(printed.contains("INDIRECT") || printed.contains("indirect"), printed);
        // A source that resolves to no entity: the first version of the example indexed entities().get(0).
        assertTrue(printed.contains("Local fishermen"), printed);
    }

    /** Ordinary text holds claims the first example crashed on: a source with no entity, a claim with no cue. */
    @Test
    void readmeExampleDescribesClaimsWithoutSpeakerOrCue(@TempDir Path dir) throws Exception {
        Class<?> example = compileReadmeExample(dir);
        List<Claim> fishermen = SharedPipeline.claimant().extract(
                "Local fishermen warned that the new quotas would ruin the harbour.");
        assertTrue(!fishermen.isEmpty() && fishermen.get(0).speakers().isEmpty(),
                "the text has a claim whose source resolves to no entity: " + fishermen);
        String text = "The boats are already tied up.";
        Claim carriedOver = new Claim(0, ClaimType.DIRECT, null, null,
                new ClaimContent(new Span(0, text.length()), text, List.of(new Span(0, text.length()))),
                List.of(), 0, 0.5, List.of());
        assertTrue(carriedOver.speakers().isEmpty(), "speakers() of a claim with no source is empty, not null");

        var describe = example.getMethod("describe", Claim.class);
        String first = (String) describe.invoke(null, fishermen.get(0));
        assertTrue(first.contains("Local fishermen") && first.contains("warned"), first);
        String second = (String) describe.invoke(null, carriedOver);
        assertTrue(second.contains("The boats are already tied up."), second);
    }

    /**
     * A reader copies the README's pom snippet as it is: it must name this build's version, and the models it
     * promises come transitively must be a compile dependency of claimant-core, not a test or provided one.
     */
    @Test
    void readmePomSnippetNamesThisVersionAndTheModelsComeWithCore() throws Exception {
        Path repo = SharedPipeline.repoDir();
        String readme = Files.readString(repo.resolve("README.md"));
        int section = readme.indexOf("\n## Use it from Java\n");
        assertTrue(section >= 0, "README has a '## Use it from Java' section");
        Matcher xml = Pattern.compile("```xml\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(xml.find(section) && xml.start() < readme.indexOf("\n## ", section + 1),
                "the section shows a pom snippet");
        String snippet = xml.group(1);
        Matcher parentVersion = Pattern.compile("<artifactId>claimant-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(repo.resolve("pom.xml")));
        assertTrue(parentVersion.find());
        assertTrue(snippet.contains("<groupId>io.claimant</groupId>") && snippet.contains("<artifactId>claimant-core</artifactId>")
                && snippet.contains("<version>" + parentVersion.group(1) + "</version>"), snippet);
        assertTrue(readme.substring(section).contains("mvn -B install"), "says how the artifacts get installed");

        Matcher models = Pattern.compile("<dependency>((?:(?!</dependency>).)*<artifactId>claimant-models</artifactId>"
                + "(?:(?!</dependency>).)*)</dependency>", Pattern.DOTALL).matcher(Files.readString(repo.resolve("core/pom.xml")));
        assertTrue(models.find(), "claimant-core depends on claimant-models");
        String scope = models.group(1);
        assertTrue(!scope.contains("<scope>") || scope.contains("<scope>compile</scope>")
                || scope.contains("<scope>runtime</scope>"), "a transitive scope: " + scope);
        assertTrue(!scope.contains("<optional>true</optional>"), scope);
    }

    private Class<?> compileReadmeExample(Path dir) throws Exception {
        return ReadmeJava.compile("## Use it from Java", dir);
    }
}
