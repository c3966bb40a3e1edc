package dev.lede.platform.resource;

import dev.lede.platform.failure.Failure;

/**
 * A resource created for a new name turned out to have a twin of that name committed meanwhile by a concurrent
 * transaction ({@link CatalogService#createNamed}): a race like a unique-slug conflict, and retried like one. Should
 * the retries run out, the caller is told so as a conflict to retry (409), like a unique conflict.
 */
public class NameTakenMeanwhile extends Failure {
    public NameTakenMeanwhile(String name) {
        super(Kind.CONFLICT, "conflict", "Conflict", "another resource named '" + name
                + "' was stored at the same time; retry", null, null);
    }
}
