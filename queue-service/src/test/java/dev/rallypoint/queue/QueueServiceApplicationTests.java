package dev.rallypoint.queue;

import dev.rallypoint.test.ServiceConformanceTests;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class QueueServiceApplicationTests extends ServiceConformanceTests {
}
