package dev.lede.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.LockModeType;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * At start-up, before the dispatcher: signing secrets stored in plain text (by a version before encryption at rest;
 * rotated-out ones too) are encrypted, so no row keeps one past the first start of this version, and nothing reads a
 * plain secret afterwards. A node without a master key starts only while no subscription exists (creating one is then
 * refused; its dispatcher claims nothing): a production that has webhooks fails loudly rather than run without being
 * able to sign, or keep secrets in plain text.
 */
@ApplicationScoped
class SecretsAtRest {
    private static final Logger LOG = Logger.getLogger(SecretsAtRest.class);

    private final SealedSecrets sealed;

    SecretsAtRest(SealedSecrets sealed) {
        this.sealed = sealed;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION) StartupEvent event) {
        if (!sealed.configured()) {
            long subscriptions = QuarkusTransaction.requiringNew().call(WebhookSubscription::stored);
            if (subscriptions > 0) {
                throw new IllegalStateException(subscriptions + " webhook subscriptions exist but no master key is "
                        + "configured to decrypt their signing secrets: set LEDE_WEBHOOKS_MASTER_KEY (lede.webhooks."
                        + "master-key) to the key they were encrypted with (for new ones: openssl rand -base64 32)");
            }
            return;
        }
        int done = sealPlain();
        if (done > 0) {
            LOG.infof("Encrypted the plain signing secrets of %d webhook subscriptions; rotate each (rotate-secret): "
                    + "the plain text may remain in database pages, the WAL and backups", done);
        }
    }

    /** Locks the rows it changes, so two nodes starting at once never encrypt one twice. */
    int sealPlain() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<WebhookSubscription> plain = WebhookSubscription.<WebhookSubscription>find("secret not like ?1 or "
                    + "(previousSecret is not null and previousSecret not like ?1)", SealedSecrets.V1 + "%")
                    .withLock(LockModeType.PESSIMISTIC_WRITE).list();
            for (WebhookSubscription sub : plain) {
                if (!sub.secret.startsWith(SealedSecrets.V1)) {
                    sub.secret = sealed.seal(sub.secret, sub.id);
                }
                if (sub.previousSecret != null && !sub.previousSecret.startsWith(SealedSecrets.V1)) {
                    sub.previousSecret = sealed.seal(sub.previousSecret, sub.id);
                }
            }
            return plain.size();
        });
    }
}
