package dev.opsledger.architecture;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.time.InstantSource;
import java.util.UUID;
import java.util.random.RandomGenerator;

@AnalyzeClasses(packages = "dev.opsledger", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    private static final String DOMAIN = "dev.opsledger.domain..";
    private static final String APPLICATION = "dev.opsledger.application..";
    private static final String IN_MEMORY_ADAPTERS = "dev.opsledger.inmemory..";
    private static final String SIMULATOR = "dev.opsledger.simulation..";
    private static final String AWS_ADAPTERS = "dev.opsledger.aws..";
    private static final String LOCAL_BOOTSTRAP = "dev.opsledger.local..";
    private static final String LAMBDA_BOOTSTRAP = "dev.opsledger.lambda..";
    private static final String CHAOS = "dev.opsledger.local.chaos..";
    private static final String LOCAL_HTTP = "dev.opsledger.local.http..";
    private static final String CDK_APP = "dev.opsledger.cdk..";
    private static final String BENCHMARKS = "dev.opsledger.bench..";

    @ArchTest
    static final ArchRule domain_depends_on_nothing_but_the_jdk = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN)
            .because("the domain is pure Java so it can run, and be tested, anywhere");

    @ArchTest
    static final ArchRule application_depends_only_on_the_domain = classes()
            .that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN, APPLICATION)
            .because("use cases reach the outside world through their ports only");

    @ArchTest
    static final ArchRule adapters_do_not_know_each_other = CompositeArchRule
            .of(noClasses().that().resideInAPackage(IN_MEMORY_ADAPTERS)
                    .should().dependOnClassesThat().resideInAPackage(AWS_ADAPTERS)
                    .allowEmptyShould(true))
            .and(noClasses().that().resideInAPackage(AWS_ADAPTERS)
                    .should().dependOnClassesThat().resideInAPackage(IN_MEMORY_ADAPTERS)
                    .allowEmptyShould(true))
            .because("each adapter implements the ports on its own; only a bootstrap chooses between them");

    @ArchTest
    static final ArchRule the_simulator_does_not_know_the_aws_adapters = noClasses()
            .that().resideInAPackage(SIMULATOR)
            .should().dependOnClassesThat().resideInAPackage(AWS_ADAPTERS)
            .because("a scenario runs the real use cases on the twins; a table on DynamoDB reaches it through the"
                    + " EventStore port, brought by the local runner, so both kinds of run share one code path");

    @ArchTest
    static final ArchRule only_the_local_runner_uses_the_simulator = noClasses()
            .that().resideOutsideOfPackages(SIMULATOR, LOCAL_BOOTSTRAP)
            .should().dependOnClassesThat().resideInAPackage(SIMULATOR)
            .because("the simulator is a tool built on the twins and the use cases, never something they build on");

    @ArchTest
    static final ArchRule no_aws_sdk_or_jackson_outside_the_edges = noClasses()
            .that().resideOutsideOfPackages(AWS_ADAPTERS, LOCAL_BOOTSTRAP, LAMBDA_BOOTSTRAP, CDK_APP, BENCHMARKS)
            .should().dependOnClassesThat().resideInAnyPackage("software.amazon..", "com.fasterxml.jackson..")
            .because("wire formats and cloud clients are details at the edge of the hexagon; the CDK app is the"
                    + " deployment's composition root and reads the table's layout from the adapter's SDK request;"
                    + " the benchmarks measure the AWS adapters and Lambda handlers themselves");

    @ArchTest
    static final ArchRule only_the_cdk_app_knows_the_cdk = noClasses()
            .that().resideOutsideOfPackage(CDK_APP)
            .should().dependOnClassesThat().resideInAnyPackage("software.amazon.awscdk..", "software.constructs..",
                    "io.github.cdklabs..")
            .because("the infrastructure is described in one module; the running code never loads the CDK");

    @ArchTest
    static final ArchRule the_cdk_app_names_handlers_without_loading_them = noClasses()
            .that().resideInAPackage(CDK_APP)
            .should().dependOnClassesThat().resideInAnyPackage(LAMBDA_BOOTSTRAP, LOCAL_BOOTSTRAP)
            .because("the stacks deploy bootstrap-lambda's jars as assets and name its handlers as strings, which"
                    + " a test checks against the built jars");

    @ArchTest
    static final ArchRule nothing_depends_on_the_bootstraps = CompositeArchRule
            .of(noClasses().that().resideOutsideOfPackage(LOCAL_BOOTSTRAP)
                    .should().dependOnClassesThat().resideInAPackage(LOCAL_BOOTSTRAP))
            .and(noClasses().that().resideOutsideOfPackages(LAMBDA_BOOTSTRAP, LOCAL_BOOTSTRAP, BENCHMARKS)
                    .should().dependOnClassesThat().resideInAPackage(LAMBDA_BOOTSTRAP))
            .because("a bootstrap is a composition root: it wires the others and nothing wires it, except that"
                    + " the local runner serves the Lambda's own API handler over HTTP, and the cold-start benchmark"
                    + " starts the Lambda functions on the runtime client's test bed");

    @ArchTest
    static final ArchRule nothing_depends_on_the_benchmarks = noClasses()
            .that().resideOutsideOfPackage(BENCHMARKS)
            .should().dependOnClassesThat().resideInAPackage(BENCHMARKS)
            .because("the benchmarks measure the system from outside; no running code may load them");

    @ArchTest
    static final ArchRule outages_on_request_are_wired_by_serve_alone = classes()
            .that().resideInAPackage(CHAOS)
            .should().onlyBeAccessed().byClassesThat(resideInAPackage(CHAOS).or(name("dev.opsledger.local.ServeCommand")))
            .because("taking a region dark over HTTP exists only under serve --chaos; the Lambda handlers and the"
                    + " simulator never reach it");

    @ArchTest
    static final ArchRule the_local_routes_know_no_region = noClasses()
            .that().resideInAPackage(LOCAL_HTTP)
            .should().dependOnClassesThat().resideInAnyPackage(CHAOS, "dev.opsledger.local.regions..")
            .because("the local gateway serves the page and routes to the API; what a route does to the regions is"
                    + " serve's choice, so the gateway cannot take a region dark by itself");

    @ArchTest
    static final ArchRule the_domain_reads_no_clock = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().callMethodWhere(target(name("now")).and(target(owner(resideInAPackage("java.time..")))))
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(System.class, "nanoTime")
            .orShould().callMethod(UUID.class, "randomUUID")
            .orShould().callMethod(Math.class, "random")
            .orShould().dependOnClassesThat().areAssignableTo(RandomGenerator.class)
            .orShould().dependOnClassesThat().areAssignableTo(InstantSource.class)
            .because("time and ids come in on commands, so replaying a history always decides the same");
}
