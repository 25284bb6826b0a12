package dev.rallypoint.market;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void featuresUseEachOtherOnlyThroughTheirPublicInterfacesAndWithoutCycles() {
        ApplicationModules.of(MarketServiceApplication.class).verify();
    }
}
