package dev.rallypoint.market;

import dev.rallypoint.test.ServiceConformanceTests;

@MarketServiceTest
class MarketServiceApplicationTests extends ServiceConformanceTests {
}
