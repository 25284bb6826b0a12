package dev.rallypoint.court;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CourtServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CourtServiceApplication.class, args);
    }
}
