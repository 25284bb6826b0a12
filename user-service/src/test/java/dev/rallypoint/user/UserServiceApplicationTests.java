package dev.rallypoint.user;

import dev.rallypoint.test.ServiceConformanceTests;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class UserServiceApplicationTests extends ServiceConformanceTests {
}
