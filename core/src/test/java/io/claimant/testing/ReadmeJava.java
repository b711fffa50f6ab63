package io.claimant.testing;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's Java examples, compiled against the calling module's test class path, so that they stay true. */
public final class ReadmeJava {

    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

    private ReadmeJava() {
    }

    /**
     * Compiles the first ```java block at or after {@code heading} (a whole README line, e.g.
     * {@code "### Embed the server in Java"}, or null for the first block of the file) and loads its public class.
     */
    public static Class<?> compile(String heading, Path dir) throws Exception {
        String readme = Files.readString(SharedPipeline.repoDir().resolve("README.md"));
        int from = 0;
        int end = readme.length();
        if (heading != null) {
            from = readme.indexOf("\n" + heading + "\n");
            assertTrue(from >= 0, "README has a '" + heading + "' section");
            int next = readme.indexOf("\n#", from + heading.length() + 2);
            end = next < 0 ? end : next;
        }
        Matcher block = JAVA_BLOCK.matcher(readme);
        assertTrue(block.find(from) && block.start() < end, "README shows a ```java block"
                + (heading == null ? "" : " under '" + heading + "'"));
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
        URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, ReadmeJava.class.getClassLoader());
        return loader.loadClass(name.group(1));
    }
}
