package dev.rallypoint.support;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.rallypoint.support", importOptions = ImportOption.DoNotIncludeTests.class)
class SupportCharterTests {

    @ArchTest
    static final ArchRule knowsNoDomain = noClasses()
            .should().dependOnClassesThat(resideInAPackage("dev.rallypoint..")
                    .and(not(resideInAnyPackage("dev.rallypoint.support..", "dev.rallypoint.common.identity",
                            "dev.rallypoint.common.id", "dev.rallypoint.common.event"))))
            .as("service-support is cross-cutting mechanics only: no service, no concrete event contract");

    @ArchTest
    static final ArchRule holdsNoEntity = noClasses()
            .should().beAnnotatedWith("jakarta.persistence.Entity")
            .as("service-support maps no entity: its tables are mechanics it reaches with plain SQL");
}
