package dev.lede.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The Standard Webhooks check of the official npm package {@code standardwebhooks}, run by node: an implementation that
 * shares nothing with Lede's signing code. Installed once into target/ (the npm registry is reachable wherever the
 * project builds).
 */
final class StandardWebhooksCheck {
    private static final String PACKAGE = "standardwebhooks@1.3.0";
    private static final Path HOME = Path.of("target/standardwebhooks-check");

    private StandardWebhooksCheck() {
    }

    /** One line per message: "ok" when the package accepts it with this secret, else its reason. */
    static List<String> verify(String secret, List<Receiver.Message> messages) throws IOException, InterruptedException {
        install();
        List<Object> input = new ArrayList<>();
        for (Receiver.Message message : messages) {
            input.add(Map.of("secret", secret, "body", Base64.getEncoder().encodeToString(message.body()),
                    "headers", message.headers()));
        }
        Process node = new ProcessBuilder("node", "verify.cjs").directory(HOME.toFile()).redirectErrorStream(true).start();
        node.getOutputStream().write(new ObjectMapper().writeValueAsBytes(input));
        node.getOutputStream().close();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!node.waitFor(60, TimeUnit.SECONDS) || node.exitValue() != 0) {
            throw new IllegalStateException("node failed: " + out);
        }
        return out.lines().toList();
    }

    private static synchronized void install() throws IOException, InterruptedException {
        Files.createDirectories(HOME);
        try (var script = StandardWebhooksCheck.class.getResourceAsStream("/webhooks/verify.cjs")) {
            Files.write(HOME.resolve("verify.cjs"), script.readAllBytes());
        }
        if (Files.exists(HOME.resolve("node_modules/standardwebhooks/package.json"))) {
            return;
        }
        Process npm = new ProcessBuilder("npm", "install", "--no-save", "--no-audit", "--no-fund", "--prefix", ".", PACKAGE)
                .directory(HOME.toFile()).redirectErrorStream(true).start();
        String out = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!npm.waitFor(120, TimeUnit.SECONDS) || npm.exitValue() != 0) {
            throw new IllegalStateException("npm install " + PACKAGE + " failed: " + out);
        }
    }
}
