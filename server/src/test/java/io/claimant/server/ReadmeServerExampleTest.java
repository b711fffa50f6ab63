package io.claimant.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.claimant.server.Servers.HTTP;
import static io.claimant.server.Servers.MAPPER;
import static io.claimant.server.Servers.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's "Embed the server in Java" block compiles against this module, and the server its {@code start}
 * builds serves the seed article's claims with the settings the block names. Its {@code main} is compiled but
 * not run: it would take port 8080 and load a second pipeline.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ReadmeServerExampleTest {

    private static final String SECTION = "\n### Embed the server in Java\n";

    @Test
    void readmeServerExampleCompilesAndServesTheSeedArticle(@TempDir Path dir) throws Exception {
        Class<?> example = compileReadmeBlock(dir);
        ClaimServer server = (ClaimServer) example.getMethod("start", int.class).invoke(null, 0);
        try {
            assertEquals(2, server.settings().threads());
            assertEquals(1_000_000, server.settings().limits().maxBytes());
            URI base = URI.create("http://127.0.0.1:" + server.port() + "/");
            assertEquals(503, get(base.resolve("api/v1/health")).statusCode(), "not ready before ready()");

            server.ready(SharedClaimant.get());
            String origin = "http://localhost:3000";
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(base.resolve("api/v1/claims"))
                    .header("Content-Type", "text/plain; charset=utf-8").header("Origin", origin)
                    .POST(HttpRequest.BodyPublishers.ofString(SharedClaimant.seedText(), StandardCharsets.UTF_8))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
            JsonNode claims = MAPPER.readTree(answer.body()).get("claims");
            assertEquals(SharedClaimant.get().extract(SharedClaimant.seedText()).size(), claims.size());
            assertFalse(claims.isEmpty());
            assertEquals(origin, answer.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        } finally {
            server.close();
        }
    }

    /** Compiles the section's ```java block against this module's classpath and loads its public class. */
    private Class<?> compileReadmeBlock(Path dir) throws Exception {
        String readme = Files.readString(SharedClaimant.repoDir().resolve("README.md"));
        int section = readme.indexOf(SECTION);
        assertTrue(section >= 0, "README has a '### Embed the server in Java' section");
        int end = readme.indexOf("\n#", section + SECTION.length());
        Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(block.find(section) && block.start() < end, "the section shows a ```java block");
        String source = block.group(1);
        Matcher name = Pattern.compile("public class (\\w+)").matcher(source);
        assertTrue(name.find(), "the example declares a public class");
        Path file = dir.resolve(name.group(1) + ".java");
        Files.writeString(file, source);

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int rc = compiler.run(null, null, errors, "-cp", System.getProperty("java.class.path"),
                "-d", dir.toString(), file.toString());
        assertEquals(0, rc, errors.toString(StandardCharsets.UTF_8));
        // Not closed: the test still calls into the class, and the loader holds nothing but a temporary folder.
        URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
        return loader.loadClass(name.group(1));
    }
}
