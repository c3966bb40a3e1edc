package dev.lede.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

/**
 * A 2xx means stored: on PostgreSQL, Lede's own connections commit synchronously whatever the server's default (a
 * server set to synchronous_commit=off would answer before the WAL is on disk). CI sets the test database's default
 * to off, so this reads back the setting Lede's connection options put in force. H2's side (each commit written to
 * the file before it returns) cannot be read back from the tests' in-memory database, which has no write delay;
 * CrashIT shows it on the packaged application's file database by killing it while it writes.
 */
@QuarkusTest
class DurabilitySettingsTest {
    @Inject
    EntityManager em;

    private String database() {
        return QuarkusTransaction.requiringNew().call(() ->
                em.unwrap(Session.class).doReturningWork(c -> c.getMetaData().getDatabaseProductName()));
    }

    @Test
    void shouldCommitSynchronouslyOnPostgresql() {
        assumeTrue(database().equals("PostgreSQL"), "PostgreSQL only");
        Object setting = QuarkusTransaction.requiringNew().call(() ->
                em.createNativeQuery("SHOW synchronous_commit").getSingleResult());
        assertThat(setting).isEqualTo("on");
    }
}
