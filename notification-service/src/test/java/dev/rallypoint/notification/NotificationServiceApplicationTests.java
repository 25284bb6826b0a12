package dev.rallypoint.notification;

import dev.rallypoint.test.ServiceConformanceTests;

@NotificationServiceTest
class NotificationServiceApplicationTests extends ServiceConformanceTests {
}
