package dev.lede.platform.ops;

import static dev.lede.support.Status.NOT_FOUND;
import static dev.lede.support.Status.OK;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/** Request ids on every response and in log lines, metrics per route, health with the database. */
@QuarkusTest
class OperationsTest {
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void shouldEchoASaneRequestId() {
        given().header("X-Request-Id", "abc-123.DEF_9").get("/v1/articles")
                .then().statusCode(OK).header("X-Request-Id", "abc-123.DEF_9");
    }

    @Test
    void shouldGenerateARequestIdWhenAbsentOrUnsafe() {
        given().get("/v1/articles").then().statusCode(OK).header("X-Request-Id", matchesPattern(UUID));
        given().header("X-Request-Id", "bad id\" with spaces").get("/v1/articles")
                .then().statusCode(OK).header("X-Request-Id", matchesPattern(UUID));
        given().header("X-Request-Id", "x".repeat(200)).get("/v1/articles")
                .then().header("X-Request-Id", matchesPattern(UUID));
    }

    @Test
    void shouldCarryTheRequestIdOnErrorsAndManagementEndpoints() {
        given().get("/v1/articles/no-such-article").then().statusCode(NOT_FOUND).header("X-Request-Id", matchesPattern(UUID));
        given().get("/no/such/path").then().statusCode(NOT_FOUND).header("X-Request-Id", matchesPattern(UUID));
        given().header("X-Request-Id", "health-1").get("/q/health/live").then().statusCode(OK).header("X-Request-Id", "health-1");
    }

    @Test
    void shouldPutTheRequestIdInLogLines() {
        List<ExtLogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record instanceof ExtLogRecord ext && MdcProbe.class.getName().equals(ext.getLoggerName())) {
                    ext.copyMdc();
                    records.add(ext);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(MdcProbe.class.getName());
        logger.addHandler(capture);
        try {
            given().header("X-Request-Id", "log-probe-42").get(MdcProbe.PATH)
                    .then().statusCode(OK).header("X-Request-Id", "log-probe-42").body(equalTo("log-probe-42"));
            String generated = given().get(MdcProbe.PATH).then().statusCode(OK).extract().header("X-Request-Id");
            assertThat(generated).matches(UUID);
            assertThat(records).extracting(r -> r.getMdc(RequestIds.MDC_KEY)).contains("log-probe-42", generated);
        } finally {
            logger.removeHandler(capture);
        }
    }

    @Test
    void shouldExposePrometheusMetricsPerRoute() {
        given().get("/v1/articles").then().statusCode(OK);
        given().get("/v1/articles/no-such-article").then().statusCode(NOT_FOUND);
        String metrics = given().get("/q/metrics").then().statusCode(OK).extract().asString();
        assertThat(metrics)
                .contains("http_server_requests_seconds_bucket{")
                .contains("uri=\"/v1/articles\"")
                .contains("uri=\"/v1/articles/{idOrSlug}\"")
                .contains("agroal_");
    }

    @Test
    void shouldReportLivenessAndReadinessWithTheDatabase() {
        given().get("/q/health/live").then().statusCode(OK).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(OK).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")))
                .body("checks.find { it.name.contains('Database') }.status", equalTo("UP"));
    }
}
