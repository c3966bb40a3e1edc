package dev.lede.webhook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Where the key that encrypts webhook signing secrets at rest comes from: {@code lede.webhooks.master-key}
 * ({@code LEDE_WEBHOOKS_MASTER_KEY}, base64 of 32 bytes), else a key file ({@code lede.webhooks.master-key-file}, set
 * for the dev profile only: made with a random key on first start, readable by its owner only), else none. Production
 * sets no file on purpose: nodes sharing one PostgreSQL need one key, and a key made beside one node's data would be
 * lost with it. The key is never logged, and the messages below never quote what they refuse.
 */
final class MasterKey {
    static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

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
            return decode(Files.readString(path, StandardCharsets.US_ASCII), "the key file " + path);
        } catch (IOException e) {
            throw new UncheckedIOException("The webhooks' master key file " + path + " cannot be read or made", e);
        }
    }

    /** Written once, owner-only where the file system knows permissions; a concurrent start keeps the first. */
    private static void create(Path path) throws IOException {
        if (path.getParent() != null) {
            Files.createDirectories(path.getParent());
        }
        byte[] key = new byte[BYTES];
        RANDOM.nextBytes(key);
        try {
            Files.writeString(path, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException made) {
            return;
        }
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the directory's access rules apply
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
