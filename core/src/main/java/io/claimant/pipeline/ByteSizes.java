package io.claimant.pipeline;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Byte counts as people write them: {@code 5000000}, {@code 500K}, {@code 10M}, {@code 10MiB}, {@code 1G}. K, M and
 * G are powers of 1024, as for the JVM's {@code -Xmx}. One reading for every surface that takes a size limit.
 */
public final class ByteSizes {

    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([KMG])?(?:I?B)?");

    private ByteSizes() {
    }

    /** @throws IllegalArgumentException saying what was wrong, with examples */
    public static long parse(String value) {
        Matcher m = SIZE.matcher(value.trim().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a size in bytes (e.g. 5000000, 500K, 10M)");
        }
        int shift = m.group(2) == null ? 0 : switch (m.group(2)) {
            case "K" -> 10;
            case "M" -> 20;
            default -> 30;
        };
        try {
            return Math.multiplyExact(Long.parseLong(m.group(1)), 1L << shift);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("'" + value + "' is too large a size");
        }
    }
}
