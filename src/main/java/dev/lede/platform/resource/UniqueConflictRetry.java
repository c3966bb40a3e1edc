package dev.lede.platform.resource;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;

/**
 * Runs a {@link RetriedOnUniqueConflict} method again after a unique-key conflict. Its priority puts it outside
 * {@code @Transactional} (Narayana's interceptors have priority 200), so every attempt begins and commits its own
 * transaction, and the conflict, raised at flush or commit, reaches it after the rollback.
 */
@RetriedOnUniqueConflict
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class UniqueConflictRetry {
    /** Each lost race lets one more writer through, so this many concurrent creators of one name all succeed. */
    static final int ATTEMPTS = 10;

    private final TransactionManager transactions;

    public UniqueConflictRetry(TransactionManager transactions) {
        this.transactions = transactions;
    }

    @AroundInvoke
    Object retry(InvocationContext invocation) throws Exception {
        if (insideTransaction()) {
            return invocation.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return invocation.proceed();
            } catch (Exception e) { // a commit that fails is a checked RollbackException here, inside the proxy
                if (attempt == ATTEMPTS || !Retry.isUniqueConflict(e)) {
                    throw e;
                }
            }
        }
    }

    private boolean insideTransaction() throws SystemException {
        return transactions.getStatus() != Status.STATUS_NO_TRANSACTION;
    }
}
