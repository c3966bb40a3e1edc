package dev.lede.platform.ops;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/** Test-only route: logs a line on a worker thread and answers with the request id that the MDC holds there. */
@ApplicationScoped
public class MdcProbe {
    static final String PATH = "/ops-test/mdc";
    static final Logger LOG = Logger.getLogger(MdcProbe.class);

    void install(@Observes Router router) {
        router.get(PATH).blockingHandler(context -> {
            LOG.info("probe");
            Object id = MDC.get(RequestIds.MDC_KEY);
            context.response().end(id == null ? "" : id.toString());
        });
    }
}
