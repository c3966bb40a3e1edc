package dev.lede.platform.text;

import java.text.Normalizer;

/**
 * What every text Lede stores must be, wherever it comes from (a JSON body, a query parameter, an ingested page):
 * free of NUL, which PostgreSQL cannot store and which ends strings in C clients, and of unpaired UTF-16 surrogates,
 * which are no character at all and which no UTF-8 encoder can write; and in Unicode normalisation form C, so that
 * names that look the same ("José" typed with a combining accent or with é) are the same string, the same slug and
 * the same person to the linker.
 */
public final class Text {
    private Text() {
    }

    /** Why the text cannot be stored, or null when it can. */
    public static String refusal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "contains a NUL character (U+0000), which text may not hold";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "contains an unpaired surrogate (U+" + Integer.toHexString(c).toUpperCase() + "), which is not a character";
            }
            if (Character.isLowSurrogate(c)) {
                return "contains an unpaired surrogate (U+" + Integer.toHexString(c).toUpperCase() + "), which is not a character";
            }
        }
        return null;
    }

    /** The text in normalisation form C (itself when it already is, which is the common case and cheap to check). */
    public static String nfc(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** A client's value quoted back in an error message, cut to 40 characters. */
    public static String shorten(String raw) {
        return raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
    }
}
