package dev.rallypoint.match;

import dev.rallypoint.test.ServiceConformanceTests;

@MatchServiceTest
class MatchServiceApplicationTests extends ServiceConformanceTests {
}
