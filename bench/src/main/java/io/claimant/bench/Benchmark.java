package io.claimant.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code Benchmark ENGINE THREADS DIR [LIMIT]}: loads one engine, processes the *.txt files of DIR (sorted,
 * the first LIMIT), and prints one JSON line: documents per second after loading, load time, and the JVM's
 * peak resident memory (VmHWM). bench/run.sh starts one JVM per engine so that peak memory is the engine's own.
 */
public final class Benchmark {

    private Benchmark() {
    }

    /** {@code claimant} (the default profile), {@code claimant-PROFILE} with a profile's id, or {@code corenlp}. */
    static Engine engine(String name) {
        if (name.equals("corenlp")) {
            return new CoreNlpQuoteEngine();
        }
        if (name.equals("claimant")) {
            return new ClaimantEngine(io.claimant.Claimant.Builder.DEFAULT_PROFILE);
        }
        if (name.startsWith("claimant-")) {
            return new ClaimantEngine(io.claimant.Profile.of(name.substring("claimant-".length())));
        }
        throw new IllegalArgumentException("unknown engine " + name + "; expected claimant, claimant-PROFILE or corenlp");
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: Benchmark claimant|claimant-PROFILE|corenlp THREADS DIR [LIMIT]");
            System.exit(2);
        }
        Engine engine = engine(args[0]);
        int threads = Integer.parseInt(args[1]);
        List<String> texts = texts(Path.of(args[2]), args.length > 3 ? Integer.parseInt(args[3]) : Integer.MAX_VALUE);

        long start = System.nanoTime();
        engine.load();
        double load = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        int found = engine.process(texts, threads);
        double seconds = (System.nanoTime() - start) / 1e9;

        System.out.printf(Locale.ROOT, "{\"engine\":\"%s\",\"documents\":%d,\"threads\":%d,\"load_s\":%.1f,"
                        + "\"process_s\":%.1f,\"docs_per_s\":%.2f,\"peak_rss_mb\":%d,\"found\":%d,\"unit\":\"%s\"}%n",
                engine.name(), texts.size(), threads, load, seconds, texts.size() / seconds, peakRssMb(), found,
                engine.unit());
    }

    private static List<String> texts(Path dir, int limit) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(limit).toList();
        }
        List<String> texts = new ArrayList<>();
        for (Path f : files) {
            texts.add(Files.readString(f));
        }
        return texts;
    }

    /** The process's high-water mark of resident memory, from /proc (Linux); -1 elsewhere. */
    private static long peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
