package io.claimant.spark.job;

import java.io.Serializable;
import java.net.URI;

/**
 * A file's {@code doc} id: its path relative to the folder named on the command line, with '/' separators, as
 * {@code claimant extract} writes it; the file's name when a single file was named. Spark gives paths as URIs
 * ({@code file:/data/a%20b/x.txt}); both sides are decoded before they are compared.
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
        try {
            URI uri = new URI(location);
            if (uri.getPath() != null) {
                return uri.getPath();
            }
        } catch (java.net.URISyntaxException e) {
            // Not a URI (a plain path with a space, say): use it as it is.
        }
        return location;
    }
}
