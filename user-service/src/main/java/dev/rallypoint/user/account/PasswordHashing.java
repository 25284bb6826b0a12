package dev.rallypoint.user.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are hashed with Argon2id at the OWASP-recommended cost (19 MiB, 2 passes, 1 lane), at
 * most {@code rallypoint.accounts.hashing.permits} at once ({@link BoundedPasswordEncoder}).
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    static final int SALT_BYTES = 16;

    static final int HASH_BYTES = 32;

    static final int PARALLELISM = 1;

    static final int MEMORY_KIB = 19 * 1024;

    static final int ITERATIONS = 2;

    @Bean
    PasswordEncoder passwordEncoder(AccountProperties properties) {
        AccountProperties.Hashing hashing = properties.hashing();
        int permits = hashing.permits() > 0 ? hashing.permits() : Runtime.getRuntime().availableProcessors();
        return new BoundedPasswordEncoder(new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, PARALLELISM, MEMORY_KIB, ITERATIONS),
                permits, hashing.maxWait());
    }
}
