package dev.rallypoint.notice;

import dev.rallypoint.test.ServiceConformanceTests;

@NoticeServiceTest
class NoticeServiceApplicationTests extends ServiceConformanceTests {
}
