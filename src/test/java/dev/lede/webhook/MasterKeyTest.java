package dev.lede.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
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
}
