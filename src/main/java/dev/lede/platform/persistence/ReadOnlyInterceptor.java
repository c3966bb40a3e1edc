package dev.lede.platform.persistence;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
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
    @Inject EntityManager em;
    @Inject TransactionManager transactions;

    @AroundInvoke
    Object readOnly(InvocationContext invocation) throws Exception {
        if (transactionActive()) {
            return invocation.proceed();
        }
        // Begun and ended here rather than with QuarkusTransaction.call, which fails when something inside marked the
        // transaction rollback-only: that one is rolled back (so is one left by an exception), any other committed.
        // Not a rollback every time: H2 then served uncached reads 2 to 5 times slower (measured on 28 Nov).
        transactions.begin();
        boolean ended = false;
        try {
            Session session = em.unwrap(Session.class);
            session.setDefaultReadOnly(true);
            session.setHibernateFlushMode(FlushMode.MANUAL);
            Object result = invocation.proceed();
            if (transactions.getStatus() == Status.STATUS_ACTIVE) {
                transactions.commit(); // flushes nothing: the session's flush mode is MANUAL
                ended = true;
            }
            return result;
        } finally {
            if (!ended && transactionActive()) { // not when the reaper already ended it (a read over the timeout)
                transactions.rollback();
            }
        }
    }

    private boolean transactionActive() throws SystemException {
        return transactions.getStatus() != Status.STATUS_NO_TRANSACTION;
    }
}
