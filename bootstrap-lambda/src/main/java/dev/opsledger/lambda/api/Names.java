package dev.opsledger.lambda.api;

import dev.opsledger.domain.shared.InvalidName;
import dev.opsledger.domain.shared.Name;
import java.util.Optional;

/**
 * The API's rule for service and environment names: the domain's {@link Name} rule (NFC, 1 to 128
 * characters, at least one visible, no control character), and on top of it the characters a name may
 * hold at this door: letters, marks, digits, spaces and {@code . _ - / : @ +}, beginning with a letter or
 * digit and not ending with a space. A name is an identifier on dashboards and in URLs, so quotes, shell and
 * SQL punctuation, emoji and blank-looking letters are refused here even where the domain would take them.
 */
public final class Names {

    private static final String PUNCTUATION = " ._-/:@+";
    /** Hangul fillers: letters to Unicode, blank on screen. */
    private static final String INVISIBLE_LETTERS = "\u115F\u1160\u3164\uFFA0";

    private Names() {
    }

    /** The normalized name, or why the text is not one. */
    public static Result normalized(String text, String field) {
        String name;
        try {
            name = Name.normalized(text, field);
        } catch (InvalidName invalid) {
            return new Result(Optional.empty(), invalid.rule());
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
        if (!Character.isLetterOrDigit(name.codePointAt(0)) || name.endsWith(" ")) {
            return new Result(Optional.empty(), "must begin with a letter or digit and not end with a space");
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
