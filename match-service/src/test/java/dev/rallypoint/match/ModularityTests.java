package dev.rallypoint.match;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void featuresUseEachOtherOnlyThroughTheirPublicInterfacesAndWithoutCycles() {
        ApplicationModules.of(MatchServiceApplication.class).verify();
    }
}
