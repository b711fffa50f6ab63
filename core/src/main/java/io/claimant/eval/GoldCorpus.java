package io.claimant.eval;

import io.claimant.brat.BratParser;
import io.claimant.input.TextDecoder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads a gold corpus in either layout:
 * <ul>
 *   <li>Claimant's: {@code NAME.txt} with {@code NAME.ann} beside it, in any subfolder;</li>
 *   <li>PolNeAR's: {@code text/NAME.txt} with {@code attributions/NAME_<annotator>.ann}; where several
 *       annotators did an article, the lowest annotator id is taken, so results are reproducible.</li>
 * </ul>
 * Document ids are paths relative to the corpus folder, as {@code claimant extract} names them.
 */
public final class GoldCorpus {

    private GoldCorpus() {
    }

    public static boolean isPolnearLayout(Path dir) {
        return Files.isDirectory(dir.resolve("text")) && Files.isDirectory(dir.resolve("attributions"));
    }

    /** A folder in either layout, or one {@code NAME.txt} file with {@code NAME.ann} beside it. */
    public static List<AnnotatedDocument> read(Path dir) throws IOException {
        if (Files.isRegularFile(dir)) {
            return readOne(dir);
        }
        return isPolnearLayout(dir) ? readPolnear(dir) : readFlat(dir);
    }

    private static List<AnnotatedDocument> readOne(Path text) throws IOException {
        Path ann = annotationOf(text.getParent() == null ? Path.of(".") : text.getParent(), text)
                .orElseThrow(() -> new IOException(text + " has no .ann file beside it"));
        CodePointText t = new CodePointText(readText(text));
        return List.of(BratAnnotations.full(text.getFileName().toString(), t,
                BratParser.parse(Files.readString(ann), ann.toString())));
    }

    /** Articles that have gold annotations, sorted by id, with the path of each text. */
    public static List<Path> texts(Path dir) throws IOException {
        Path root = isPolnearLayout(dir) ? dir.resolve("text") : dir;
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".txt") && annotationOf(dir, p).isPresent())
                    .sorted().toList();
        } catch (IOException e) {
            throw new IOException("cannot list " + root + ": " + reason(e), e);
        }
    }

    /** The id extract gives this text: relative to the folder holding the texts. */
    public static String idOf(Path dir, Path text) {
        Path root = isPolnearLayout(dir) ? dir.resolve("text") : dir;
        return root.relativize(text).toString().replace('\\', '/');
    }

    /** The JDK's message for a missing or forbidden folder is the bare path: say what is wrong with it. */
    private static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage();
    }

    private static List<AnnotatedDocument> readFlat(Path dir) throws IOException {
        List<AnnotatedDocument> docs = new ArrayList<>();
        for (Path text : texts(dir)) {
            Path ann = annotationOf(dir, text).orElseThrow();
            CodePointText t = new CodePointText(readText(text));
            docs.add(BratAnnotations.full(idOf(dir, text), t, BratParser.parse(Files.readString(ann), ann.toString())));
        }
        return docs;
    }

    private static List<AnnotatedDocument> readPolnear(Path dir) throws IOException {
        List<AnnotatedDocument> docs = new ArrayList<>();
        for (Path text : texts(dir)) {
            Path ann = annotationOf(dir, text).orElseThrow();
            CodePointText t = new CodePointText(readText(text));
            docs.add(BratAnnotations.attributionsOnly(idOf(dir, text), t,
                    BratParser.parse(Files.readString(ann), ann.toString())));
        }
        return docs;
    }

    /**
     * Every annotation file of a corpus, each with its text: in PolNeAR's layout an article done by several
     * annotators gives one entry per annotator (training uses them all); in Claimant's layout, one per article.
     */
    public static List<GoldFile> readEveryAnnotation(Path dir) throws IOException {
        if (!isPolnearLayout(dir)) {
            List<GoldFile> out = new ArrayList<>();
            for (AnnotatedDocument d : read(dir)) {
                Path text = Files.isRegularFile(dir) ? dir : dir.resolve(d.id());
                out.add(new GoldFile(d, annotationOf(text.getParent(), text).orElseThrow().getFileName().toString()));
            }
            return out;
        }
        List<GoldFile> out = new ArrayList<>();
        for (Path text : texts(dir)) {
            CodePointText t = new CodePointText(readText(text));
            for (Path ann : annotationsOf(dir, text)) {
                out.add(new GoldFile(BratAnnotations.attributionsOnly(idOf(dir, text), t,
                        BratParser.parse(Files.readString(ann), ann.toString())), ann.getFileName().toString()));
            }
        }
        return out;
    }

    /** One annotation file of a gold corpus, with the name of the file it came from. */
    public record GoldFile(AnnotatedDocument document, String annotationFile) {
    }

    private static List<Path> annotationsOf(Path dir, Path text) throws IOException {
        String base = text.getFileName().toString().replaceFirst("\\.txt$", "");
        try (Stream<Path> anns = Files.list(dir.resolve("attributions"))) {
            return anns.filter(p -> isAnnotationOf(base, p)).sorted().toList();
        }
    }

    private static boolean isAnnotationOf(String base, Path ann) {
        String n = ann.getFileName().toString();
        return n.startsWith(base + "_") && n.endsWith(".ann")
                && n.substring(base.length() + 1, n.length() - 4).indexOf('_') < 0;
    }

    static Optional<Path> annotationOf(Path dir, Path text) {
        String base = text.getFileName().toString().replaceFirst("\\.txt$", "");
        if (!isPolnearLayout(dir)) {
            Path ann = text.resolveSibling(base + ".ann");
            return Files.isRegularFile(ann) ? Optional.of(ann) : Optional.empty();
        }
        try (Stream<Path> anns = Files.list(dir.resolve("attributions"))) {
            return anns.filter(p -> isAnnotationOf(base, p)).min(Comparator.comparing(p -> p.getFileName().toString()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static String readText(Path text) throws IOException {
        return new TextDecoder(Long.MAX_VALUE).decode(Files.readAllBytes(text));
    }
}
