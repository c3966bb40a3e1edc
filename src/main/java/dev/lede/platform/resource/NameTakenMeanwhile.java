package dev.lede.platform.resource;

/**
 * A resource created for a new name turned out to have a twin of that name committed meanwhile by a concurrent
 * transaction ({@link CatalogService#createNamed}): a race like a unique-slug conflict, and retried like one.
 */
public class NameTakenMeanwhile extends RuntimeException {
    public NameTakenMeanwhile(String name) {
        super("another resource named '" + name + "' was created meanwhile", null, false, false);
    }
}
