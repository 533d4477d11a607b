package dev.opsledger.local;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Walks a command's arguments: flags written {@code --flag value} or {@code --flag=value}, each at most
 * once (a repeated flag is more likely a mistake than a wish for the last value).
 */
final class Arguments {

    record Flag(String name, String inlineValue) {
    }

    private final List<String> args;
    private final Set<String> seen = new HashSet<>();
    private int next;

    Arguments(List<String> args) {
        this.args = List.copyOf(args);
    }

    boolean hasNext() {
        return next < args.size();
    }

    Flag nextFlag() {
        String arg = args.get(next++);
        if (!arg.startsWith("-")) {
            throw new UsageError("unexpected argument '" + arg + "'");
        }
        int equals = arg.indexOf('=');
        Flag flag = equals < 0 ? new Flag(arg, null) : new Flag(arg.substring(0, equals), arg.substring(equals + 1));
        if (!seen.add(flag.name())) {
            throw new UsageError(flag.name() + " is given more than once; give it once");
        }
        return flag;
    }

    String valueOf(Flag flag) {
        if (flag.inlineValue() != null) {
            return flag.inlineValue();
        }
        if (!hasNext() || args.get(next).startsWith("--")) {
            throw new UsageError(flag.name() + " needs a value");
        }
        return args.get(next++);
    }

    void noValue(Flag flag) {
        if (flag.inlineValue() != null) {
            throw new UsageError(flag.name() + " takes no value");
        }
    }
}
