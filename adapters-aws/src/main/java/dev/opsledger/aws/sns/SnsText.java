package dev.opsledger.aws.sns;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Fits text into what SNS accepts rather than have a whole alert refused: a subject of printable ASCII
 * without line breaks, shorter than 100 characters; a message of at most 256 KB of UTF-8.
 */
final class SnsText {

    private static final int MAX_SUBJECT_CHARS = 99;
    private static final int MAX_MESSAGE_BYTES = 256 * 1024;
    private static final String ELLIPSIS = "...";
    private static final String EMPTY_SUBJECT = "OpsLedger alert";

    private SnsText() {
    }

    static String subject(String text) {
        StringBuilder ascii = new StringBuilder(text.length());
        text.codePoints().forEach(point -> ascii.append(point < 0x20 || point == 0x7f ? ' ' : point > 0x7e ? '?' : (char) point));
        String subject = ascii.toString().replaceAll(" {2,}", " ").strip();
        if (subject.isEmpty()) {
            return EMPTY_SUBJECT;
        }
        return subject.length() <= MAX_SUBJECT_CHARS
                ? subject
                : subject.substring(0, MAX_SUBJECT_CHARS - ELLIPSIS.length()).stripTrailing() + ELLIPSIS;
    }

    static String message(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (utf8.length <= MAX_MESSAGE_BYTES) {
            return text;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.IGNORE);
        try {
            return decoder.decode(ByteBuffer.wrap(utf8, 0, MAX_MESSAGE_BYTES - ELLIPSIS.length())) + ELLIPSIS;
        } catch (CharacterCodingException impossibleWhenIgnoring) {
            throw new IllegalStateException(impossibleWhenIgnoring);
        }
    }
}
