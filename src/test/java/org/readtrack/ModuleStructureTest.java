package org.readtrack;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The layout the code is meant to keep. Each top-level package is a module whose {@code package-info.java}
 * lists the modules it may use ({@code @ApplicationModule(allowedDependencies = …)}); Spring Modulith rejects
 * any other dependency, any cycle and any reference into another module's sub-packages. Two rules that a
 * module graph cannot say are written with ArchUnit: services know nothing of HTTP, and only the database
 * infrastructure branches on the vendor.
 */
class ModuleStructureTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(ReadtrackApplication.class);

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.readtrack");

    @Test
    void modulesDependOnlyOnWhatTheirPackageInfoAllows() {
        MODULES.verify();
    }

    /** A module that declares nothing may depend on anything: the verification above would not guard it. */
    @Test
    void everyModuleDeclaresItsAllowedDependencies() throws ClassNotFoundException {
        List<String> undeclared = new ArrayList<>();
        for (var module : MODULES) {
            String base = module.getBasePackage().getName();
            ApplicationModule declared =
                    Class.forName(base + ".package-info").getAnnotation(ApplicationModule.class);
            if (declared == null
                    || Arrays.asList(declared.allowedDependencies()).contains(ApplicationModule.OPEN_TOKEN)) {
                undeclared.add(base);
            }
        }
        assertThat(undeclared).isEmpty();
    }

    /**
     * Outside the web and security layers, only controllers (and the classes nested in them) speak HTTP: a
     * service that took a request, built a {@code PageResponse} or threw an {@code ErrorResponseException}
     * could not be called from a command. This covers the features (accounts, catalog, progress and those to
     * come) as well as shared, database, cli and dataset.
     */
    @Test
    void servicesKnowNothingOfHttp() {
        noClasses().that().resideOutsideOfPackages("org.readtrack.web..", "org.readtrack.security..")
                .and(DescribedPredicate.not(partOfAController()))
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.http..",
                        "org.springframework.web..", "jakarta.servlet..", "org.readtrack.web..")
                .because("services return plain results and throw org.readtrack.shared failures; the web layer"
                        + " alone builds pages and problem responses")
                .check(CLASSES);
    }

    /**
     * Vendor differences live in {@code database} ({@code SqlDialect}); the one other place that may ask is
     * the choice of the worker count, which depends on how many writers the database allows.
     */
    @Test
    void onlyTheDatabaseInfrastructureBranchesOnTheVendor() {
        noClasses().that().resideOutsideOfPackage("org.readtrack.database..")
                .and().doNotHaveFullyQualifiedName("org.readtrack.web.WorkerThreads")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.readtrack.database.JdbcTarget$Vendor")
                .because("a vendor difference is a method of SqlDialect, not a branch in feature code")
                .check(CLASSES);
    }

    private static DescribedPredicate<JavaClass> partOfAController() {
        return DescribedPredicate.describe("part of a controller", type -> {
            String name = type.getName().substring(type.getPackageName().length() + 1);
            int nested = name.indexOf('$');
            return (nested < 0 ? name : name.substring(0, nested)).endsWith("Controller");
        });
    }
}
