package dev.opsledger.lambda.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsledger.domain.deployment.Change;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the fields of a JSON object strictly and collects every fault, each named by its JSON pointer,
 * so one 400 lists all of them. A read that fails returns {@code null}; callers build nothing before
 * {@link #requireValid()} has passed.
 */
final class BodyFields {

    static final Pattern RECORD_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~:-]{0,127}");
    static final Pattern VERSION = Pattern.compile("[\\x21-\\x7E]{1,128}");
    static final Pattern SHA = Pattern.compile("[0-9a-f]{7,64}");
    static final int MAX_CHANGES = 500;

    private final ObjectNode object;
    private final String pointer;
    private final Instant now;
    private final List<FieldError> errors;

    private BodyFields(ObjectNode object, String pointer, Instant now, List<FieldError> errors) {
        this.object = object;
        this.pointer = pointer;
        this.now = now;
        this.errors = errors;
    }

    static BodyFields of(ObjectNode body, Instant now) {
        return new BodyFields(body, "", now, new ArrayList<>());
    }

    /** Refuses every field not in {@code known}. */
    void allowOnly(Set<String> known) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                error(name, "is not a field of this type");
            }
        }
    }

    String text(String name) {
        JsonNode node = object.get(name);
        if (node == null || node.isNull()) {
            error(name, "is required");
            return null;
        }
        if (!node.isTextual()) {
            error(name, "must be a string, was " + kind(node));
            return null;
        }
        return node.asText();
    }

    String matching(String name, Pattern pattern, String rule) {
        String text = text(name);
        if (text != null && !pattern.matcher(text).matches()) {
            error(name, rule);
            return null;
        }
        return text;
    }

    String id(String name) {
        return matching(name, RECORD_ID, "must be 1 to 128 characters of A-Z a-z 0-9 . _ ~ : -, starting with a letter or digit");
    }

    String version(String name) {
        return matching(name, VERSION, "must be 1 to 128 printable ASCII characters without spaces");
    }

    Optional<String> optionalId(String name) {
        return object.has(name) ? Optional.ofNullable(id(name)) : Optional.empty();
    }

    String name(String name) {
        String text = text(name);
        if (text == null) {
            return null;
        }
        Names.Result result = Names.normalized(text, name);
        result.name().ifPresentOrElse(valid -> { }, () -> error(name, result.problem()));
        return result.name().orElse(null);
    }

    Instant timestamp(String name) {
        String text = text(name);
        if (text == null) {
            return null;
        }
        Timestamps.Result result = Timestamps.parse(text, now);
        result.instant().ifPresentOrElse(valid -> { }, () -> error(name, result.problem()));
        return result.instant().orElse(null);
    }

    <E> E choice(String name, Map<String, E> choices) {
        String text = text(name);
        if (text == null) {
            return null;
        }
        E chosen = choices.get(text);
        if (chosen == null) {
            error(name, "must be one of " + String.join(", ", choices.keySet().stream().sorted().toList()));
        }
        return chosen;
    }

    List<Change> changes(String name) {
        JsonNode node = object.get(name);
        if (node == null || node.isNull()) {
            error(name, "is required");
            return null;
        }
        if (!node.isArray()) {
            error(name, "must be an array, was " + kind(node));
            return null;
        }
        if (node.isEmpty() || node.size() > MAX_CHANGES) {
            error(name, "must list 1 to " + MAX_CHANGES + " changes");
            return null;
        }
        List<Change> changes = new ArrayList<>();
        for (int index = 0; index < node.size(); index++) {
            JsonNode item = node.get(index);
            String at = pointer + "/" + name + "/" + index;
            if (!(item instanceof ObjectNode change)) {
                errors.add(new FieldError(at, "must be an object {sha, committedAt}, was " + kind(item)));
                continue;
            }
            BodyFields fields = new BodyFields(change, at, now, errors);
            fields.allowOnly(Set.of("sha", "committedAt"));
            String sha = fields.matching("sha", SHA, "must be 7 to 64 lowercase hex digits");
            Instant committedAt = fields.timestamp("committedAt");
            if (sha != null && committedAt != null) {
                changes.add(new Change(sha, committedAt));
            }
        }
        return changes;
    }

    void requireValid() {
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
    }

    private void error(String name, String detail) {
        errors.add(new FieldError(pointer + "/" + escaped(name), detail));
    }

    /** A JSON pointer's escaping, and a cap so that a hostile field name cannot flood the answer. */
    private static String escaped(String name) {
        String capped = name.length() > 64 ? name.substring(0, 64) + "…" : name;
        return capped.replace("~", "~0").replace("/", "~1");
    }

    private static String kind(JsonNode node) {
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
