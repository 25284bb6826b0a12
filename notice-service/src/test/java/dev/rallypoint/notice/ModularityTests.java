package dev.rallypoint.notice;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void featuresUseEachOtherOnlyThroughTheirPublicInterfacesAndWithoutCycles() {
        ApplicationModules.of(NoticeServiceApplication.class).verify();
    }
}
