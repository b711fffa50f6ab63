package io.claimant.spark;

import org.apache.spark.sql.SparkSession;

import java.nio.file.Path;

/**
 * One local[2] session for every test class of this JVM: starting Spark costs seconds, and Claimant's executor
 * pipeline lives as long as the JVM anyway, so sharing both is what a cluster does too.
 */
public final class SparkTestSession {

    private static SparkSession session;

    private SparkTestSession() {
    }

    public static synchronized SparkSession get() {
        if (session == null) {
            session = SparkSession.builder()
                    .appName("claimant-spark-tests")
                    .master("local[2]")
                    .config("spark.ui.enabled", "false")
                    .config("spark.ui.showConsoleProgress", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .getOrCreate();
        }
        return session;
    }

    /** The repository's root, where src-test-data lives. */
    static Path repo() {
        return Path.of(System.getProperty("claimant.repo.dir", "..")).toAbsolutePath().normalize();
    }
}
