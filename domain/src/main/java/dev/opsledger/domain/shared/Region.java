package dev.opsledger.domain.shared;

import java.util.Objects;

/** A deployment region of the system, named as AWS names it. */
public record Region(String name) implements Comparable<Region> {

    public static final Region US_EAST_1 = new Region("us-east-1");
    public static final Region US_WEST_2 = new Region("us-west-2");

    public Region {
        Objects.requireNonNull(name, "region");
        if (!name.matches("[a-z]{2}(-[a-z]+)+-\\d")) {
            throw new IllegalArgumentException("region must look like 'us-east-1', was '" + name + "'");
        }
    }

    @Override
    public int compareTo(Region other) {
        return name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return name;
    }
}
