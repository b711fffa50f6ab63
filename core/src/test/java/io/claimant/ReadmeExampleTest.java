package io.claimant;

import io.claimant.testing.SharedPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Java example in the README compiles against the library and prints real claims when run. */
class ReadmeExampleTest {

    @Test
    void readmeJavaExampleCompilesAndRuns(@TempDir Path dir) throws Exception {
        String readme = Files.readString(SharedPipeline.repoDir().resolve("README.md"));
        Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(m.find(), "README has a ```java block");
        String source = m.group(1);
        Matcher name = Pattern.compile("public class (\\w+)").matcher(source);
        assertTrue(name.find(), "the example declares a public class");
        Path file = dir.resolve(name.group(1) + ".java");
        Files.writeString(file, source);

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int rc = compiler.run(null, null, errors, "-cp", System.getProperty("java.class.path"),
                "-d", dir.toString(), file.toString());
        assertEquals(0, rc, errors.toString(StandardCharsets.UTF_8));

        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            loader.loadClass(name.group(1)).getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(original);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("Karel Voss"), printed);
        assertTrue(printed.contains("INDIRECT") || printed.contains("indirect"), printed);
    }
}
