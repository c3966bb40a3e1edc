package dev.lede;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts Lede. Before Quarkus starts it switches off Quarkus's own check of request URLs, which answers a URL that
 * does not parse (a bad percent escape) with an empty 400 before any handler runs:
 * {@link dev.lede.platform.web.TransportGuards} makes the same check and answers with a problem. The property is read once,
 * when Quarkus's HTTP layer is initialised, so it must be set here (tests set it in the build's test configuration).
 */
@QuarkusMain
public final class LedeMain {
    public static void main(String... args) {
        System.setProperty("vertx.disableURIValidation", "true");
        Quarkus.run(args);
    }
}
