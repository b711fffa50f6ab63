package io.claimant.output.html;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * File names for document pages, all in one folder: ids may hold '/' (a path inside the folder named), '..',
 * or characters a file system refuses, so each becomes a plain name of letters, digits, '.', '-' and '_'.
 * Names are kept unique, ignoring case, since two ids can map to one name and some file systems fold case.
 */
final class PageNames {

    private static final int MAX_STEM = 120;

    private final Set<String> taken = new HashSet<>();

    String nameFor(String docId) {
        String stem = stem(docId);
        String name = stem + ".html";
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = stem + "-" + n + ".html";
        }
        return name;
    }

    private static String stem(String docId) {
        String base = docId.equals("-") ? "stdin" : docId.replaceFirst("\\.txt$", "");
        StringBuilder out = new StringBuilder();
        base.codePoints().forEach(c -> {
            if (c == '/' || c == '\\') {
                out.append("__");
            } else if (c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.')) {
                out.append((char) c);
            } else {
                out.append('_');
            }
        });
        // No hidden files and no '..': a leading dot becomes '_'.
        String stem = out.toString().replaceFirst("^\\.", "_");
        if (stem.length() > MAX_STEM) {
            stem = stem.substring(0, MAX_STEM);
        }
        return stem.isEmpty() ? "document" : stem;
    }
}
