package io.claimant.cli;

import io.claimant.input.FileInput;
import io.claimant.input.TextDecoder;
import io.claimant.pipeline.DocumentInput;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Turns the paths named on the command line into documents, in a stable order. Nothing is read here: files
 * are read on worker threads ({@link FileInput}), so one unreadable file fails alone.
 *
 * <p>Ids are what a user would type to find the file again: the path relative to the folder that was named
 * (always with '/', so ids are the same on every OS), or the file's name when a file was named. When a later
 * path would repeat an earlier path's id, the later path's ids start with its folder's name.
 */
final class InputCollector {

    private final String glob;
    private final PathMatcher matcher;
    /** A pattern with a '/' is about where a file is, so it is matched against the path inside the folder. */
    private final boolean matchRelativePath;
    private final InputStream stdin;
    private final Path excluded;
    private final Consumer<String> warnings;
    private final TextDecoder decoder;

    /**
     * @param glob     a glob such as {@code *.txt}; throws IllegalArgumentException when it is not one
     * @param excluded the output file, if any, so a second run does not read the first run's output
     */
    InputCollector(String glob, InputStream stdin, Path excluded, TextDecoder decoder, Consumer<String> warnings) {
        this.decoder = decoder;
        this.glob = glob;
        this.matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        this.matchRelativePath = glob.contains("/");
        this.stdin = stdin;
        this.excluded = excluded == null ? null : excluded.toAbsolutePath().normalize();
        this.warnings = warnings;
    }

    List<DocumentInput> collect(List<String> paths) throws IOException {
        List<DocumentInput> inputs = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (String arg : paths) {
            if (arg.equals(StdinInput.ID)) {
                inputs.add(new StdinInput(stdin, decoder));
                ids.add(StdinInput.ID);
                continue;
            }
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                List<DocumentInput> found = walk(path);
                if (found.isEmpty()) {
                    warnings.accept("warning: no files matching " + glob + " in " + arg);
                }
                inputs.addAll(unique(found, path, ids));
            } else {
                // Named files are taken whatever their name: the glob is for choosing inside folders. A path
                // that does not exist becomes a document that fails with "no such file", named like any other.
                Path name = path.getFileName();
                FileInput file = new FileInput(name == null ? arg : name.toString(), path, decoder);
                Path parent = path.toAbsolutePath().normalize().getParent();
                inputs.addAll(unique(List.of(file), parent == null ? path : parent, ids));
            }
        }
        return inputs;
    }

    /**
     * The inputs of one named path, renamed when an id is already taken by an earlier path (two folders that
     * both hold {@code a.txt}): then every id of this path starts with its folder's name ({@code b/a.txt}), or
     * with the folder as typed when the names clash too. Ids key the output, the failures file and the journal,
     * so two documents must never share one; the earlier path keeps its ids, so adding a path changes no old id.
     */
    private List<DocumentInput> unique(List<DocumentInput> group, Path folder, java.util.Set<String> ids) {
        List<DocumentInput> renamed = group;
        if (clashes(group, "", ids)) {
            Path name = folder.toAbsolutePath().normalize().getFileName();
            String prefix = (name == null ? "" : name.toString()) + "/";
            if (name == null || clashes(group, prefix, ids)) {
                prefix = folder.normalize().toString().replace(java.io.File.separatorChar, '/') + "/";
            }
            String p = prefix;
            renamed = group.stream().map(input -> prefixed(input, p)).toList();
        }
        renamed.forEach(input -> ids.add(input.id()));
        return renamed;
    }

    private static boolean clashes(List<DocumentInput> group, String prefix, java.util.Set<String> ids) {
        return group.stream().anyMatch(input -> ids.contains(prefix + input.id()));
    }

    private DocumentInput prefixed(DocumentInput input, String prefix) {
        if (input instanceof FileInput file) {
            return new FileInput(prefix + file.id(), file.path(), decoder);
        }
        if (input instanceof UnreadableInput unreadable) {
            return new UnreadableInput(prefix + unreadable.id(), unreadable.message());
        }
        return input;
    }

    private List<DocumentInput> walk(Path root) throws IOException {
        List<DocumentInput> found = new ArrayList<>();
        // Linked folders are followed, as a user who links a corpus into place expects; each file is taken once
        // (by its real path), so a link to a folder already walked adds nothing, and a link back up the tree is
        // a loop, named in a warning and not followed.
        java.util.Map<DocumentInput, Path> realPaths = new java.util.IdentityHashMap<>();
        Files.walkFileTree(root, java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                Path relative = root.relativize(file);
                if (attrs.isRegularFile() && matches(relative) && !isExcluded(file)) {
                    FileInput input = new FileInput(id(relative), file, decoder);
                    found.add(input);
                    realPaths.put(input, realPath(file));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                if (e instanceof java.nio.file.FileSystemLoopException) {
                    warnings.accept("warning: " + file + " is a symbolic link loop; not followed");
                    return FileVisitResult.CONTINUE;
                }
                if (Files.isSymbolicLink(file) && Files.notExists(file)) {
                    warnings.accept("warning: " + file + " is a broken symbolic link; skipped");
                    return FileVisitResult.CONTINUE;
                }
                String reason = e instanceof AccessDeniedException ? "permission denied" : e.getMessage();
                String id = file.equals(root) ? file.toString() : id(root.relativize(file));
                found.add(new UnreadableInput(id, file + ": cannot read: " + reason));
                return FileVisitResult.CONTINUE;
            }
        });
        // walkFileTree's order is whatever the file system gives; sorting makes runs repeatable, and keeping
        // the first id of a file reached twice makes the choice repeatable too.
        found.sort(Comparator.comparing(DocumentInput::id));
        java.util.Set<Path> seen = new java.util.HashSet<>();
        found.removeIf(input -> realPaths.containsKey(input) && !seen.add(realPaths.get(input)));
        return found;
    }

    private static Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    private boolean matches(Path relative) {
        return matcher.matches(matchRelativePath ? relative : relative.getFileName());
    }

    private boolean isExcluded(Path file) {
        return excluded != null && excluded.equals(file.toAbsolutePath().normalize());
    }

    private static String id(Path relative) {
        StringBuilder id = new StringBuilder();
        for (Path part : relative) {
            if (id.length() > 0) {
                id.append('/');
            }
            id.append(part);
        }
        return id.toString();
    }

    /** A named file that does not exist; it would fail as soon as it is read. */
    static boolean isMissing(DocumentInput input) {
        return input instanceof FileInput file && Files.notExists(file.path());
    }

    /** How an input is named in messages: the path as the user can find it, not just its id. */
    static String where(DocumentInput input) {
        if (input instanceof FileInput file) {
            return file.path().toString();
        }
        if (input instanceof StdinInput) {
            return StdinInput.NAME;
        }
        return input.id();
    }
}
