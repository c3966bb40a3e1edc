package dev.lede.common;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * Runs a {@link ReadOnly} method in a read-only transaction of its own when none is active. Its priority puts it
 * before (outside) {@code @Transactional}'s interceptor, which then joins the transaction begun here.
 */
@ReadOnly
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class ReadOnlyInterceptor {
    private final EntityManager em;
    private final TransactionManager transactions;

    public ReadOnlyInterceptor(EntityManager em, TransactionManager transactions) {
        this.em = em;
        this.transactions = transactions;
    }

    @AroundInvoke
    Object readOnly(InvocationContext invocation) throws Exception {
        if (transactionActive()) {
            return invocation.proceed();
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Session session = em.unwrap(Session.class);
            session.setDefaultReadOnly(true);
            session.setHibernateFlushMode(FlushMode.MANUAL);
            return invocation.proceed();
        });
    }

    private boolean transactionActive() throws SystemException {
        return transactions.getStatus() != Status.STATUS_NO_TRANSACTION;
    }
}
