package dev.lede.platform.text;

import dev.lede.platform.failure.Failure;
import java.util.IllformedLocaleException;
import java.util.Locale;

/** BCP 47 language tags in their canonical case ("pt-br" becomes "pt-BR"), so filters match however written. */
public final class Languages {
    private Languages() {
    }

    public static String canonical(String field, String tag) {
        if (tag == null) {
            return null;
        }
        try {
            String canonical = new Locale.Builder().setLanguageTag(tag.trim()).build().toLanguageTag();
            if (canonical.equals("und")) {
                throw new IllformedLocaleException("undetermined");
            }
            return canonical;
        } catch (IllformedLocaleException e) {
            throw Failure.invalid(field, "must be a BCP 47 language tag such as en or pt-BR");
        }
    }
}
