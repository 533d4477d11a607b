package dev.opsledger.aws.readmodel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The key of a read-model item in the event table: {@code pk} a string, {@code sk} a number kept as its decimal text. */
record ItemKey(String pk, String sk) {

    static final String PK = "pk";
    static final String SK = "sk";

    static ItemKey of(String pk, long sk) {
        return new ItemKey(pk, Long.toString(sk));
    }

    /** An instant as the number of seconds since the epoch, to the nanosecond, so keys sort as instants do. */
    static ItemKey at(String pk, Instant instant) {
        return new ItemKey(pk, seconds(instant));
    }

    static String seconds(Instant instant) {
        return BigDecimal.valueOf(instant.getEpochSecond()).add(BigDecimal.valueOf(instant.getNano(), 9)).toPlainString();
    }

    /** The instant a key made by {@link #at} stands for. */
    static Instant instant(String seconds) {
        BigDecimal value = new BigDecimal(seconds);
        long whole = value.setScale(0, RoundingMode.FLOOR).longValueExact();
        return Instant.ofEpochSecond(whole, value.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValueExact());
    }

    static ItemKey of(Map<String, AttributeValue> item) {
        return new ItemKey(item.get(PK).s(), item.get(SK).n());
    }

    Map<String, AttributeValue> attributes() {
        return Map.of(PK, AttributeValue.fromS(pk), SK, AttributeValue.fromN(sk));
    }

    long part() {
        return Long.parseLong(sk);
    }
}
