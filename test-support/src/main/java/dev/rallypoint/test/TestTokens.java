package dev.rallypoint.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import dev.rallypoint.common.identity.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Access tokens for tests of services other than user-service, signed by keys this class publishes
 * on a real JWKS endpoint in the test JVM (the services under test fetch it like user-service's).
 * Besides valid tokens it forges every kind of invalid one the rejection suites need.
 */
public final class TestTokens {

    public static final String ISSUER = "https://rallypoint.dev/auth";

    public static final String AUDIENCE = "rallypoint-api";

    private static final List<RSAKey> published = new CopyOnWriteArrayList<>();

    private static RSAKey signingKey;

    private static HttpServer server;

    private TestTokens() {
    }

    /** The JWKS URL the services under test trust; starts the endpoint on first use. */
    public static synchronized String jwkSetUri() {
        if (server == null) {
            signingKey = newKey();
            published.add(signingKey);
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            server.createContext("/jwks.json", exchange -> {
                byte[] body = new JWKSet(List.copyOf(published)).toPublicJWKSet().toString().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "stop-test-jwks"));
        }
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks.json";
    }

    public static String member(UUID userId) {
        return forUser(userId, Role.MEMBER);
    }

    public static String courtManager(UUID userId) {
        return forUser(userId, Role.MEMBER, Role.COURT_MANAGER);
    }

    public static String admin(UUID userId) {
        return forUser(userId, Role.MEMBER, Role.ADMIN);
    }

    public static String service(String name) {
        return token().subject("service:" + name).roles(Role.SERVICE).emailVerified(null).sign();
    }

    /** A user's token; like every token here, its {@code email_verified} is true unless told otherwise. */
    public static String forUser(UUID userId, Role... roles) {
        return token().subject(userId.toString()).roles(roles).sign();
    }

    /** A member who has not confirmed their e-mail address yet ({@code email_verified: false}). */
    public static String unverifiedMember(UUID userId) {
        return token().subject(userId.toString()).roles(Role.MEMBER).emailVerified(false).sign();
    }

    /** A valid access token to adjust before signing. */
    public static Builder token() {
        jwkSetUri();
        return new Builder();
    }

    /** Publishes a new key and signs with it from now on; the old key stays published. */
    public static synchronized RSAKey rotate() {
        jwkSetUri();
        signingKey = newKey();
        published.add(signingKey);
        return signingKey;
    }

    /** Stops publishing a key. */
    public static void retire(RSAKey key) {
        published.removeIf(candidate -> candidate.getKeyID().equals(key.getKeyID()));
    }

    public static RSAKey currentKey() {
        jwkSetUri();
        return signingKey;
    }

    /** An unsecured token ({@code alg: none}) with otherwise valid claims. */
    public static String unsigned(UUID userId) {
        return new PlainJWT(new Builder().subject(userId.toString()).roles(Role.MEMBER, Role.ADMIN).claims()).serialize();
    }

    /** HS256 signed with the public key's bytes as the secret: the classic algorithm confusion attack. */
    public static String hmacSignedWithThePublicKey(UUID userId) {
        try {
            byte[] secret = currentKey().toPublicJWK().toRSAPublicKey().getEncoded();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(currentKey().getKeyID())
                    .type(new JOSEObjectType("at+jwt")).build(), new Builder().subject(userId.toString()).roles(Role.MEMBER).claims());
            jwt.sign(new MACSigner(Arrays.copyOf(secret, Math.max(secret.length, 32))));
            return jwt.serialize();
        }
        catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** A valid token whose payload was changed after signing (roles raised to ADMIN). */
    public static String tampered(UUID userId) {
        String[] parts = member(userId).split("\\.");
        JWTClaimsSet raised = new Builder().subject(userId.toString()).roles(Role.MEMBER, Role.ADMIN).claims();
        return parts[0] + "." + Base64URL.encode(raised.toString()) + "." + parts[2];
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("test-" + UUID.randomUUID()).generate();
        }
        catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
    }

    public static final class Builder {

        private String subject = UUID.randomUUID().toString();

        private List<String> roles = List.of(Role.MEMBER.name());

        private String issuer = ISSUER;

        private String audience = AUDIENCE;

        private String type = "at+jwt";

        private Boolean emailVerified = true;

        private Instant issuedAt = Instant.now();

        private Duration lifetime = Duration.ofMinutes(10);

        private Instant notBefore;

        private RSAKey key;

        private String keyId;

        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        public Builder roles(Role... roles) {
            this.roles = Arrays.stream(roles).map(Role::name).toList();
            return this;
        }

        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        public Builder audience(String audience) {
            this.audience = audience;
            return this;
        }

        /** {@code email_verified}: true by default; false for an unconfirmed address, null to leave the claim out. */
        public Builder emailVerified(Boolean emailVerified) {
            this.emailVerified = emailVerified;
            return this;
        }

        public Builder type(String type) {
            this.type = type;
            return this;
        }

        /** Issued at this instant (valid for the usual lifetime from then). */
        public Builder issuedAt(Instant issuedAt) {
            this.issuedAt = issuedAt;
            return this;
        }

        /** Issued so long ago that it expired a minute before now. */
        public Builder expired() {
            this.issuedAt = Instant.now().minus(lifetime).minusSeconds(120);
            return this;
        }

        public Builder notBefore(Instant notBefore) {
            this.notBefore = notBefore;
            return this;
        }

        /** Signs with another key than the published ones, under a key id nobody published. */
        public Builder unknownKey() {
            this.key = newKey();
            return this;
        }

        public Builder signedWith(RSAKey key) {
            this.key = key;
            return this;
        }

        public Builder keyId(String keyId) {
            this.keyId = keyId;
            return this;
        }

        JWTClaimsSet claims() {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                    .issuer(issuer)
                    .audience(audience)
                    .subject(subject)
                    .issueTime(Date.from(issuedAt))
                    .expirationTime(Date.from(issuedAt.plus(lifetime)))
                    .jwtID(UUID.randomUUID().toString())
                    .claim("client_id", "rallypoint")
                    .claim("roles", roles)
                    .claim("email_verified", emailVerified);
            if (notBefore != null) {
                claims.notBeforeTime(Date.from(notBefore));
            }
            return claims.build();
        }

        public String sign() {
            RSAKey signer = key != null ? key : currentKey();
            JWSHeader.Builder header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId != null ? keyId : signer.getKeyID());
            if (type != null) {
                header.type(new JOSEObjectType(type));
            }
            SignedJWT jwt = new SignedJWT(header.build(), claims());
            try {
                jwt.sign(new RSASSASigner(signer));
            }
            catch (JOSEException ex) {
                throw new IllegalStateException(ex);
            }
            return jwt.serialize();
        }
    }
}
