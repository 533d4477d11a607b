package dev.opsledger.local;

/** The commands' check of a table name given on the command line, against DynamoDB's own rule. */
final class TableNames {

    private TableNames() {
    }

    /** {@code name}, given with {@code flag}; a {@link UsageError} naming the flag when DynamoDB would refuse it. */
    static String checked(String flag, String name) {
        if (!name.matches("[A-Za-z0-9_.-]{3,255}")) {
            throw new UsageError(flag + " takes a DynamoDB table name (3 to 255 letters, digits, '_', '-' or '.'),"
                    + " not '" + name + "'");
        }
        return name;
    }
}
