package dev.lede.ingest.extract;

/** Turns a raw page into an {@link Extraction}. Pure: no database, no network; thread-safe. */
public interface Extractor {
    /** Throws {@link NoArticleException} when the page holds no recognisable article. */
    Extraction extract(RawPage page, KnownNames known);

    /** The page has no recognisable article; {@code found} says what was there (for a 422). */
    class NoArticleException extends RuntimeException {
        private final java.util.List<String> found;

        public NoArticleException(String message, java.util.List<String> found) {
            super(message, null, false, false);
            this.found = java.util.List.copyOf(found);
        }

        public java.util.List<String> found() {
            return found;
        }
    }
}
