package dev.rallypoint.notification;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void featuresUseEachOtherOnlyThroughTheirPublicInterfacesAndWithoutCycles() {
        ApplicationModules.of(NotificationServiceApplication.class).verify();
    }
}
