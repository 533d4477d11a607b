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

    /** The artifact the build packaged, named by the {@code opsledger.lambda.jar} system property. */
    public static Path packagedJar() {
        String jar = System.getProperty("opsledger.lambda.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("opsledger.lambda.jar must name the packaged jar (run through `mvn verify`,"
                    + " which packages it first), was " + jar);
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
