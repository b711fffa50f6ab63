package io.claimant.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Reads the version Maven wrote into {@code version.properties}: unlike the jar manifest, that file is also
 * there when the classes run from {@code target/classes} (tests, an IDE).
 */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"claimant " + version()};
    }

    static String version() {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // Fall through: a missing version must not stop --help or extraction.
        }
        return properties.getProperty("version", "(unknown version)");
    }
}
