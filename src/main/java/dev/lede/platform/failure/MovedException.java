package dev.lede.platform.failure;

/**
 * A resource was addressed by a slug it had before a rename. Answered with a redirect to the same URL
 * with the current slug in place of the old one (301 for reads, 308 for writes so the method is kept).
 */
public class MovedException extends RuntimeException {
    private final String oldSlug;
    private final String currentSlug;

    public MovedException(String oldSlug, String currentSlug) {
        super("moved to " + currentSlug, null, false, false);
        this.oldSlug = oldSlug;
        this.currentSlug = currentSlug;
    }

    public String oldSlug() {
        return oldSlug;
    }

    public String currentSlug() {
        return currentSlug;
    }
}
