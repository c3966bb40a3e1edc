package dev.lede.webhook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Where the key that encrypts webhook signing secrets at rest comes from: {@code lede.webhooks.master-key}
 * ({@code LEDE_WEBHOOKS_MASTER_KEY}, base64 of 32 bytes), else a key file ({@code lede.webhooks.master-key-file}, set
 * for the dev profile only: made with a random key on first start, readable by its owner only; one others can read is
 * refused), else none. Production sets no file on purpose: nodes sharing one PostgreSQL need one key, and a key made
 * beside one node's data would be lost with it. The key is never logged, and the messages below never quote what they refuse.
 */
final class MasterKey {
    static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<PosixFilePermission> SHARED = EnumSet.complementOf(EnumSet.of(
            PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));

    private MasterKey() {
    }

    /** The configured key, else the file's (created when missing), else none. A malformed key stops the start. */
    static Optional<SecretKey> load(Optional<String> configured, Optional<String> file) {
        if (configured.isPresent() && !configured.get().isBlank()) {
            return Optional.of(decode(configured.get(), "lede.webhooks.master-key (LEDE_WEBHOOKS_MASTER_KEY)"));
        }
        if (file.isPresent() && !file.get().isBlank()) {
            return Optional.of(fromFile(Path.of(file.get())));
        }
        return Optional.empty();
    }

    private static SecretKey fromFile(Path path) {
        try {
            if (!Files.exists(path)) {
                create(path);
            }
            refuseIfShared(path);
            return decode(Files.readString(path, StandardCharsets.US_ASCII), "the key file " + path);
        } catch (IOException e) {
            throw new UncheckedIOException("The webhooks' master key file " + path + " cannot be read or made", e);
        }
    }

    /**
     * Refused rather than repaired: a key file others could read may have been read, and only the operator can judge
     * whether to keep it (chmod 600) or replace it (which makes the secrets it sealed unreadable).
     */
    private static void refuseIfShared(Path path) throws IOException {
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(path);
        } catch (UnsupportedOperationException notPosix) {
            return; // Windows: the directory's access rules apply
        }
        if (!Collections.disjoint(permissions, SHARED)) {
            throw new IllegalStateException("The webhooks' master key file " + path + " is readable or writable by "
                    + "others (" + PosixFilePermissions.toString(permissions) + "): make it its owner's only (chmod 600) "
                    + "if it was never exposed, else replace it and rotate every webhook's secret");
        }
    }

    /**
     * Written to an owner-only temporary file in the same directory, then linked into place: the key file is never
     * readable by others nor seen half written, and of two concurrent starts the first link wins (the other reads it).
     */
    private static void create(Path path) throws IOException {
        Path dir = path.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        byte[] key = new byte[BYTES];
        RANDOM.nextBytes(key);
        Path temp = ownerOnlyTemp(dir, path.getFileName().toString());
        try {
            Files.writeString(temp, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
            try {
                Files.createLink(path, temp);
            } catch (FileAlreadyExistsException made) {
                return;
            } catch (UnsupportedOperationException | FileSystemException noLinks) {
                Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static Path ownerOnlyTemp(Path dir, String name) throws IOException {
        try {
            return Files.createTempFile(dir, "." + name + ".", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            return Files.createTempFile(dir, "." + name + ".", ".tmp");
        }
    }

    private static SecretKey decode(String text, String where) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            key = new byte[0];
        }
        if (key.length != BYTES) {
            throw new IllegalStateException("The webhooks' master key in " + where + " must be the base64 of " + BYTES
                    + " random bytes (for example the output of: openssl rand -base64 32)");
        }
        return new SecretKeySpec(key, "AES");
    }
}
