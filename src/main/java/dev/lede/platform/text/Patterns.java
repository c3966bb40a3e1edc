package dev.lede.platform.text;

/** Formats shared by the write models, with the message a client sees when a value does not match. */
public final class Patterns {
    public static final String SLUG = "^[a-z0-9]+(?:-[a-z0-9]+)*$";
    public static final String SLUG_MESSAGE = "must be lower-case letters and digits separated by single hyphens";
    public static final String HTTP_URL = "^https?://[^\\s]+$";
    public static final String HTTP_URL_MESSAGE = "must be an absolute http or https URL";
    public static final String COUNTRY = "^[A-Z]{2}$";
    public static final String COUNTRY_MESSAGE = "must be an ISO 3166-1 alpha-2 code such as US";
    /** Bounded to the 35 characters of the language columns: an unbounded tag reached the database as a 500. */
    public static final String LANGUAGE = "^(?=.{2,35}$)[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$";
    public static final String LANGUAGE_MESSAGE = "must be a BCP 47 language tag such as en or pt-BR, at most 35 characters";

    private Patterns() {
    }
}
