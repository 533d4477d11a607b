package dev.opsledger.lambda.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A deployment artifact unpacked the way Lambda unpacks it into the task root: its entries at the root
 * (classes, resources), jars under {@code lib/}. The runtime client loads the handler from its working
 * directory, so each function process starts in one of these.
 */
public record UnpackedFunction(Path taskRoot) {

    /** The API function's artifact, as the build packaged it. */
    public static Path apiJar() {
        return packagedJar("opsledger.api.jar");
    }

    /** The background functions' artifact, as the build packaged it. */
    public static Path lambdaJar() {
        return packagedJar("opsledger.lambda.jar");
    }

    private static Path packagedJar(String property) {
        String jar = System.getProperty(property);
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException(property + " must name a packaged jar (run through `mvn verify`, which"
                    + " packages it first), was " + jar);
        }
        return Path.of(jar);
    }

    public static UnpackedFunction unpack(Path artifact, Path into) {
        try (ZipFile zip = new ZipFile(artifact.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IllegalStateException("entry outside the task root: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return new UnpackedFunction(into);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + artifact, e);
        }
    }
}
