package dev.lede.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The strings the generator draws from: ordinary text in many scripts, and the values that break parsers. */
final class Values {
    private Values() {
    }

    /** Supplementary-plane and multi-code-point characters (the alphabets of {@link #word} are single chars). */
    static final List<String> EMOJI = List.of("😀", "👩‍👩‍👧‍👦", "🇧🇷", "🏳️‍🌈", "𝕏", "𠜎", "🧑🏽‍🚀", "❤️");

    static final String ALPHA = Draw.range('a', 'z') + Draw.range('A', 'Z');
    static final String ALPHANUMERIC = ALPHA + Draw.range('0', '9');
    private static final String LATIN_ACCENTED = Draw.range('\u00c0', '\u017f');
    private static final String HEBREW = Draw.range('\u05d0', '\u05ea');
    private static final String ARABIC = Draw.range('\u0627', '\u064a');
    private static final String CJK = Draw.range('\u4e00', '\u9fa5');
    private static final List<String> ODD_WORDS = List.of("\u200f\u05e9\u05dc\u05d5\u05dd\u200e",
            "\u202eevil\u202c", "zero\u200bwidth", "\ufeffbom", "Ａｂｃ", "ǅemal", "İstanbul", "straße", "ﬀ", "Ω≈ç√∫", "e\u0301\u0301\u0301\u0301\u0301");

    /** A word of ordinary, valid text: Latin with accents, Hebrew and Arabic (RTL), CJK, combining marks, emoji. */
    static String word(Draw d) {
        return switch (d.between(0, 7)) {
            case 0 -> d.string(ALPHANUMERIC, 1, 12);
            case 1 -> d.string(LATIN_ACCENTED, 1, 8);
            case 2 -> d.string(HEBREW, 1, 8);
            case 3 -> d.string(ARABIC, 1, 8);
            case 4 -> d.string(CJK, 1, 6);
            case 5 -> d.string(ALPHA, 1, 4) + "\u0301\u0308\u0327";
            case 6 -> d.pick(EMOJI);
            default -> d.pick(ODD_WORDS);
        };
    }

    /** A short phrase of valid text (1 to 6 words, never blank). */
    static String text(Draw d) {
        int words = d.between(1, 6);
        StringBuilder out = new StringBuilder(word(d));
        for (int i = 1; i < words; i++) {
            out.append(' ').append(word(d));
        }
        return out.toString();
    }

    /**
     * Values that are valid strings but hostile to parsers, filters and SQL. None contains "Exception" or a stack
     * frame, so that any such text in a response came from the server.
     */
    static final List<String> HOSTILE = List.of("", " ", "  \t ", "null", "undefined", "true", "false", "-1", "0",
            "1e309", "NaN", "-Infinity", "99999999999999999999999999999", "0x10", "٣", "1.5", "-0",
            "' OR '1'='1", "\"; DROP TABLE article;--", "%", "%25", "..", "../../q/health", "/", "\\", "a/b",
            "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/x}", "#{7*7}", "{{7*7}}", "\r\n", "\t", "a,b",
            ",", ",,,", "-", "+", "*", "?", "&", "=", "#", ";", "a b", "\u200b", "\ufeff", "Ａ", "İ", "ß",
            "\u202e", "e\u0301", "\u0301", "😀", "👩‍👩‍👧‍👦", "x".repeat(300), "-publishedAt,headline",
            "draft,published", "eyJ9", "eyJzIjoiLXB1Ymxpc2hlZEF0In0", "{}", "[]", "\"", "'", "`", "~", "!");

    /** Values that are not valid text at all: NUL and lone surrogates (the server must refuse them). */
    static final List<String> BROKEN = List.of("\u0000", "a\u0000b", "\ud800", "x\udc00y", "\udbff", "😀\ud83d");

    /** Already percent-encoded forms that are not valid UTF-8 or not valid escapes. */
    static final List<String> RAW_BAD_ESCAPES = List.of("%zz", "%", "%e", "%G0", "a%2", "%%");
    static final List<String> RAW_BAD_UTF8 = List.of("%FF", "%C0%AF", "%ED%A0%80", "%F4%90%80%80", "%E2%82", "%80",
            "a%FEb");

    static boolean broken(String value) {
        return value.indexOf('\u0000') >= 0 || hasLoneSurrogate(value);
    }

    static boolean hasLoneSurrogate(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return true;
            }
            if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Percent-encodes a value for a query or path component: unreserved ASCII as is, everything else as UTF-8 bytes;
     * a lone surrogate becomes its 3-byte (CESU-8) form, which is not valid UTF-8.
     */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : utf8WithLoneSurrogates(value)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    /** UTF-8, except that a lone surrogate is written as the 3 bytes of its code unit instead of '?'. */
    static byte[] utf8WithLoneSurrogates(String value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                out.writeBytes(value.substring(i, i + 2).getBytes(StandardCharsets.UTF_8));
                i++;
            } else if (Character.isSurrogate(c)) {
                out.write(0xE0 | (c >> 12));
                out.write(0x80 | ((c >> 6) & 0x3F));
                out.write(0x80 | (c & 0x3F));
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    /** A long string of about {@code length} characters, repeating a pattern with non-ASCII in it. */
    static String huge(int length, int variant) {
        String unit = switch (variant % 4) {
            case 0 -> "a";
            case 1 -> "word ";
            case 2 -> "é😀ש";
            default -> "%41";
        };
        return unit.repeat(Math.max(1, length / unit.length()));
    }
}
