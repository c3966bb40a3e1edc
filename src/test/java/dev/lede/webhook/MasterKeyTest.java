package dev.lede.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the master key comes from: configuration, else a key file made once (dev), else none (production refuses). */
class MasterKeyTest {
    private static final String KEY = "dGVzdHMtb25seS13ZWJob29rcy1tYXN0ZXIta2V5ISE=";

    @Test
    void aConfiguredKeyWinsAndAMalformedOneStopsTheStartWithoutQuotingIt() {
        assertThat(MasterKey.load(Optional.of(KEY), Optional.of("/nonexistent/never-made"))).isPresent();
        assertThatThrownBy(() -> MasterKey.load(Optional.of("c2hvcnQta2V5"), Optional.empty()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("LEDE_WEBHOOKS_MASTER_KEY")
                .hasMessageNotContaining("c2hvcnQta2V5");
        assertThat(MasterKey.load(Optional.empty(), Optional.empty())).as("production without a key").isEmpty();
        assertThat(MasterKey.load(Optional.of(" "), Optional.empty())).as("LEDE_WEBHOOKS_MASTER_KEY=''").isEmpty();
    }

    @Test
    void aKeyFileIsMadeOnceReadableByItsOwnerOnlyAndKeptAcrossStarts(@TempDir Path data) throws Exception {
        Path file = data.resolve("dir/webhooks-master.key");
        var first = MasterKey.load(Optional.empty(), Optional.of(file.toString())).orElseThrow();
        assertThat(Files.readString(file)).hasSize(44);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        var again = MasterKey.load(Optional.empty(), Optional.of(file.toString())).orElseThrow();
        assertThat(again.getEncoded()).as("the next start reads the same key").isEqualTo(first.getEncoded());
    }

    @Test
    void aKeyFileOthersCanReadIsRefusedWithoutQuotingIt(@TempDir Path data) throws Exception {
        Path file = data.resolve("webhooks-master.key");
        Files.writeString(file, KEY);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> MasterKey.load(Optional.empty(), Optional.of(file.toString())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(file.toString())
                .hasMessageContaining("chmod 600").hasMessageNotContaining(KEY);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as("left for the operator")
                .isEqualTo("rw-r--r--");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertThat(MasterKey.load(Optional.empty(), Optional.of(file.toString()))).isPresent();
    }

    @Test
    void concurrentStartsMakeOneKeyAndLeaveNoTemporaryFile(@TempDir Path data) throws Exception {
        Path file = data.resolve("keys/webhooks-master.key");
        ExecutorService starts = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> keys = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                keys.add(starts.submit(() -> MasterKey.load(Optional.empty(), Optional.of(file.toString()))
                        .orElseThrow().getEncoded()));
            }
            byte[] first = keys.get(0).get();
            for (Future<byte[]> key : keys) {
                assertThat(key.get()).as("every start reads the one key written").isEqualTo(first);
            }
        } finally {
            starts.shutdown();
        }
        try (Stream<Path> left = Files.list(file.getParent())) {
            assertThat(left).containsExactly(file);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
}
