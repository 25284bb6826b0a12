package dev.rallypoint.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.stream.Stream;

/**
 * The code rules of STYLE.md that every service is held to. A service runs them all with
 * {@code @ArchTest static final ArchTests rules = ArchTests.in(ArchitectureRules.class);}.
 */
public final class ArchitectureRules {

    private static final String ENTITY = "jakarta.persistence.Entity";

    private static final String[] WEB_PACKAGES = { "org.springframework.web..", "org.springframework.http..",
            "jakarta.servlet.." };

    private ArchitectureRules() {
    }

    /** Rule 1: package by feature; no layer-first folders. */
    @ArchTest
    static final ArchRule packagesAreFeaturesNotLayers = noClasses()
            .should().resideInAnyPackage("..controller..", "..controllers..", "..service..", "..services..",
                    "..repository..", "..repositories..", "..dto..", "..dtos..", "..entity..", "..entities..")
            .as("packages are named for features, not layers (STYLE 1)");

    /** Rule 2: web adapters, configuration and repositories are internals of their feature. */
    @ArchTest
    static final ArchRule controllersArePackagePrivate = classes()
            .that().areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
            .or().areAnnotatedWith("org.springframework.web.bind.annotation.RestControllerAdvice")
            .should().notBePublic()
            .allowEmptyShould(true)
            .as("controllers and advices are package-private (STYLE 2)");

    @ArchTest
    static final ArchRule configurationIsPackagePrivate = classes()
            .that().areAnnotatedWith("org.springframework.context.annotation.Configuration")
            .and().areNotAnnotatedWith("org.springframework.boot.autoconfigure.SpringBootApplication")
            .should().notBePublic()
            .allowEmptyShould(true)
            .as("configuration classes are package-private (STYLE 2)");

    @ArchTest
    static final ArchRule repositoriesArePackagePrivate = classes()
            .that().areAssignableTo(named("org.springframework.data.repository.Repository"))
            .and().areInterfaces()
            .should().notBePublic()
            .allowEmptyShould(true)
            .as("repositories are package-private (STYLE 2)");

    /** Rule 12: no web types in the domain model. */
    @ArchTest
    static final ArchRule entitiesKnowNothingOfTheWeb = noClasses()
            .that().areAnnotatedWith(ENTITY)
            .should().dependOnClassesThat().resideInAnyPackage(WEB_PACKAGES)
            .allowEmptyShould(true)
            .as("entities do not depend on web types (STYLE 12)");

    /** Rule 12 and 7: entities never cross the HTTP boundary. */
    @ArchTest
    static final ArchRule controllersNeverExposeEntities = methods()
            .that().areDeclaredInClassesThat().areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
            .should(neitherTakeNorReturnEntities())
            .allowEmptyShould(true)
            .as("controllers neither take nor return @Entity types (STYLE 7, 12)");

    /** Rule 15: constructor injection only. */
    @ArchTest
    static final ArchRule noFieldInjection = fields()
            .should().notBeAnnotatedWith("org.springframework.beans.factory.annotation.Autowired")
            .allowEmptyShould(true)
            .as("dependencies are injected through constructors (STYLE 15)");

    private static DescribedPredicate<JavaClass> named(String typeName) {
        return DescribedPredicate.describe(typeName, type -> type.isAssignableTo(typeName));
    }

    private static ArchCondition<JavaMethod> neitherTakeNorReturnEntities() {
        return new ArchCondition<>("neither take nor return @Entity types") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                Stream.concat(Stream.of(method.getRawReturnType()), method.getRawParameterTypes().stream())
                        .flatMap(type -> Stream.concat(Stream.of(type), type.getTypeParameters().stream().map(p -> p.toErasure())))
                        .filter(type -> type.isAnnotatedWith(ENTITY))
                        .forEach(entity -> events.add(SimpleConditionEvent.violated(method,
                                method.getFullName() + " exposes entity " + entity.getName())));
            }
        };
    }
}
