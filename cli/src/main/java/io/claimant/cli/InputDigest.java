package io.claimant.cli;

import io.claimant.input.FileInput;
import io.claimant.pipeline.DocumentInput;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A digest of a run's inputs in order: each one's id, path and size. A resumed run must see the same digest, or
 * the documents it skips would not be the ones the interrupted run wrote.
 */
final class InputDigest {

    private InputDigest() {
    }

    static String of(List<DocumentInput> inputs) {
        MessageDigest sha = sha256();
        for (DocumentInput input : inputs) {
            StringBuilder line = new StringBuilder(input.id()).append('\0');
            if (input instanceof FileInput file) {
                line.append(file.path().toAbsolutePath().normalize()).append('\0').append(size(file));
            }
            sha.update(line.append('\n').toString().getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static long size(FileInput file) {
        try {
            return Files.size(file.path());
        } catch (IOException e) {
            return -1; // missing or unreadable: it fails in both runs alike
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
