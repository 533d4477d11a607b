package dev.opsledger.local;

import dev.opsledger.aws.dynalite.Dynalite;
import java.nio.file.Path;

/**
 * The dynalite server of adapters-aws's tests, one per test JVM. Its helper finds its Node launcher and
 * pinned dynalite under the {@code basedir} of the module it runs in, so it is pointed at adapters-aws,
 * the sibling of this module, before its first use.
 */
final class LocalDynalite {

    private LocalDynalite() {
    }

    static synchronized Dynalite shared() {
        Path module = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
        if (!module.endsWith("adapters-aws")) {
            System.setProperty("basedir", module.resolveSibling("adapters-aws").toString());
        }
        return Dynalite.shared();
    }
}
