package dev.rallypoint.court.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.rallypoint.court.CourtException;
import dev.rallypoint.court.reservation.SlotTaken;
import dev.rallypoint.court.ticketing.SeatTaken;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Every refusal court-service can throw gets its HTTP status in the one problem mapping. */
class CourtProblemsTests {

    @Test
    void everyRefusalHasAStatus() {
        List<String> refusals = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.rallypoint.court").stream()
                .filter(type -> type.isAssignableTo(CourtException.class))
                .filter(type -> !type.getModifiers().contains(JavaModifier.ABSTRACT))
                .map(JavaClass::getName)
                .toList();

        assertThat(refusals).hasSizeGreaterThan(50)
                .allSatisfy(refusal -> assertThat(CourtProblems.statusOf(Class.forName(refusal))).as(refusal).isNotNull());
    }

    @Test
    void aTakenSlotOrSeatIsAConflict() {
        assertThat(CourtProblems.statusOf(SlotTaken.class)).isEqualTo(HttpStatus.CONFLICT);
        assertThat(CourtProblems.statusOf(SeatTaken.class)).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void anythingElseHasNone() {
        assertThat(CourtProblems.statusOf(IllegalStateException.class)).isNull();
    }
}
