package dev.opsledger.aws.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsledger.domain.shared.DomainEvent;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class EventTypesTest {

    @Test
    void registers_every_permitted_subclass_of_every_sealed_event_interface() throws Exception {
        List<Class<?>> sealedEventInterfaces = domainClasses().stream()
                .filter(type -> type.isInterface() && type.isSealed() && DomainEvent.class.isAssignableFrom(type))
                .toList();
        assertThat(sealedEventInterfaces).as("the aggregates' event interfaces").hasSizeGreaterThanOrEqualTo(5);

        Set<Class<?>> permitted = new HashSet<>();
        sealedEventInterfaces.forEach(sealed -> collectPermitted(sealed, permitted));

        assertThat(permitted).isNotEmpty().allSatisfy(type ->
                assertThat(EventTypes.classes()).as("registered event classes").contains(type.asSubclass(DomainEvent.class)));
    }

    @Test
    void registers_every_concrete_event_of_the_domain_and_nothing_else() throws Exception {
        List<Class<?>> concreteEvents = domainClasses().stream()
                .filter(type -> DomainEvent.class.isAssignableFrom(type) && !type.isInterface())
                .toList();

        assertThat(EventTypes.classes()).containsExactlyInAnyOrderElementsOf(
                concreteEvents.stream().map(type -> type.asSubclass(DomainEvent.class)).toList());
    }

    @Test
    void names_each_type_by_its_simple_class_name() {
        EventTypes.classes().forEach(type -> assertThat(EventTypes.nameOf(type)).isEqualTo(type.getSimpleName()));
    }

    @Test
    void refuses_an_unknown_type_name_and_lists_the_known_ones() {
        assertThatThrownBy(() -> EventTypes.classOf("DeploymentExploded"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown event type 'DeploymentExploded'")
                .hasMessageContaining("DeploymentStarted");
    }

    private static void collectPermitted(Class<?> sealed, Set<Class<?>> into) {
        for (Class<?> subclass : sealed.getPermittedSubclasses()) {
            if (subclass.isSealed()) {
                collectPermitted(subclass, into);
            } else {
                into.add(subclass);
            }
        }
    }

    /** Every class compiled into the domain module, from its directory or its jar. */
    private static List<Class<?>> domainClasses() throws IOException, URISyntaxException {
        Path location = Path.of(DomainEvent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(location)) {
            return classesUnder(location);
        }
        try (FileSystem jar = FileSystems.newFileSystem(location)) {
            return classesUnder(jar.getPath("/"));
        }
    }

    private static List<Class<?>> classesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize)
                    .map(Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.endsWith("module-info.class")
                            && !name.endsWith("package-info.class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .map(EventTypesTest::load)
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, EventTypesTest.class.getClassLoader());
        } catch (ClassNotFoundException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
