package io.claimant.spark.job;

import java.io.Serializable;

/**
 * A file's {@code doc} id: its path relative to the folder named on the command line, with '/' separators, as
 * {@code claimant extract} writes it; the file's name when a single file was named. Both sides are reduced to
 * their path (no scheme or authority) before they are compared.
 */
public final class RelativeIds implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String root;

    /** @param root the input's qualified location, a folder or a single file */
    public RelativeIds(String root) {
        String path = decodedPath(root);
        this.root = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
    }

    public String idOf(String file) {
        String path = decodedPath(file);
        if (path.equals(root)) {
            return path.substring(path.lastIndexOf('/') + 1);
        }
        if (path.startsWith(root + "/")) {
            return path.substring(root.length() + 1);
        }
        // Not under the root (a link resolved elsewhere): the full path still names the file uniquely.
        return path;
    }

    static String decodedPath(String location) {
        // Spark 4 gives binaryFile paths unescaped ("file:/data/my news/a.txt"); Hadoop's Path reads them as they
        // are, where java.net.URI would refuse the space or decode a literal "%20".
        return new org.apache.hadoop.fs.Path(location).toUri().getPath();
    }
}
