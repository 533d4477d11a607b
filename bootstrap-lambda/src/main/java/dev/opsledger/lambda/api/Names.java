package dev.opsledger.lambda.api;

import java.text.Normalizer;
import java.util.Optional;

/**
 * The API's rule for service and environment names: NFC-normalized (so a decomposed "é" names the same
 * service as a composed one), 1 to 128 characters, letters, marks, digits, spaces and {@code . _ - / : @ +}
 * only, with at least one letter or digit. That refuses what only looks like a name (a no-break or
 * zero-width space, a blank) and what should never be one (control characters, quotes, shell and SQL
 * punctuation, emoji).
 */
public final class Names {

    static final int MAX_LENGTH = 128;
    private static final String PUNCTUATION = " ._-/:@+";
    /** Hangul fillers: letters to Unicode, blank on screen. */
    private static final String INVISIBLE_LETTERS = "\u115F\u1160\u3164\uFFA0";

    private Names() {
    }

    /** The normalized name, or why the text is not one. */
    public static Result normalized(String text) {
        String name = Normalizer.normalize(text, Normalizer.Form.NFC);
        int length = name.codePointCount(0, name.length());
        if (length < 1 || length > MAX_LENGTH) {
            return new Result(Optional.empty(), "must be 1 to " + MAX_LENGTH + " characters long");
        }
        boolean visible = false;
        for (int offset = 0; offset < name.length(); ) {
            int codePoint = name.codePointAt(offset);
            offset += Character.charCount(codePoint);
            if (Character.isLetterOrDigit(codePoint) && INVISIBLE_LETTERS.indexOf(codePoint) < 0) {
                visible = true;
            } else if (!isMark(codePoint) && PUNCTUATION.indexOf(codePoint) < 0) {
                return new Result(Optional.empty(), "may hold only letters, digits, spaces and . _ - / : @ +, found U+"
                        + String.format("%04X", codePoint));
            }
        }
        if (!visible) {
            return new Result(Optional.empty(), "must hold at least one letter or digit");
        }
        if (name.startsWith(" ") || name.endsWith(" ")) {
            return new Result(Optional.empty(), "must not begin or end with a space");
        }
        return new Result(Optional.of(name), "");
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Either a name or the reason there is none. */
    public record Result(Optional<String> name, String problem) {
    }
}
