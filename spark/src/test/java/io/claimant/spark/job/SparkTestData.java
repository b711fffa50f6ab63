package io.claimant.spark.job;

import java.nio.file.Path;

/** Where the repository's test articles are. */
final class SparkTestData {

    private SparkTestData() {
    }

    static Path folder() {
        return Path.of(System.getProperty("claimant.repo.dir", "..")).toAbsolutePath().normalize()
                .resolve("src-test-data");
    }
}
