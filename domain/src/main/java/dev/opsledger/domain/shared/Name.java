package dev.opsledger.domain.shared;

import java.text.Normalizer;
import java.util.Objects;
import java.util.Set;

/**
 * The one spelling of a name that people read and reports group by (a service, an environment): NFC, so
 * that a decomposed "é" is the same service as a composed one; 1 to {@value #MAX_LENGTH} characters
 * (code points, counted after normalization); at least one visible character ({@link #isVisible}), so
 * that a no-break or zero-width space is not a name. Format characters stay allowed inside a name, because emoji sequences
 * join with them; control characters and unpaired surrogates are refused anywhere, because no name has
 * them and they corrupt the logs and keys a name ends up in.
 */
public final class Name {

    public static final int MAX_LENGTH = 128;

    /** Hangul fillers and the blank braille pattern: assigned letters and symbols that draw nothing. */
    private static final Set<Integer> DRAWN_BLANK = Set.of(0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800);

    private Name() {
    }

    /** {@code value} in NFC; throws {@link InvalidName} naming {@code field} when it breaks a rule. */
    public static String normalized(String value, String field) {
        Objects.requireNonNull(value, field);
        requireWellFormed(value, field);
        String name = Normalizer.normalize(value, Normalizer.Form.NFC);
        int length = name.codePointCount(0, name.length());
        if (length == 0) {
            throw new InvalidName(field, "must not be empty");
        }
        if (length > MAX_LENGTH) {
            throw new InvalidName(field, "must be at most " + MAX_LENGTH + " characters, was " + length);
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidName(field, "must not contain control characters");
        }
        if (name.codePoints().noneMatch(Name::isVisible)) {
            throw new InvalidName(field, "must have at least one visible character");
        }
        return name;
    }

    private static void requireWellFormed(String value, String field) {
        for (int index = 0; index < value.length(); index++) {
            char unit = value.charAt(index);
            if (Character.isHighSurrogate(unit) && index + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(index + 1))) {
                index++;
            } else if (Character.isSurrogate(unit)) {
                throw new InvalidName(field, "must be well-formed Unicode (it has an unpaired surrogate)");
            }
        }
    }

    /**
     * Something that leaves a mark on its own: not white space, not a separator, control or format character,
     * not unassigned, not a combining mark (it only changes the character before it: a variation selector
     * alone shows nothing), and none of the letters and symbols that are drawn blank.
     */
    static boolean isVisible(int codePoint) {
        if (Character.isWhitespace(codePoint) || DRAWN_BLANK.contains(codePoint)) {
            return false;
        }
        return switch (Character.getType(codePoint)) {
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.CONTROL, Character.FORMAT, Character.UNASSIGNED, Character.SURROGATE,
                    Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> false;
            default -> true;
        };
    }
}
