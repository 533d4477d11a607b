package dev.opsledger.local;

import java.util.List;

/** Walks a command's arguments: flags written {@code --flag value} or {@code --flag=value}. */
final class Arguments {

    record Flag(String name, String inlineValue) {
    }

    private final List<String> args;
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
        return equals < 0 ? new Flag(arg, null) : new Flag(arg.substring(0, equals), arg.substring(equals + 1));
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
