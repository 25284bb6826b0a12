package dev.rallypoint.user.auth;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public keys of access tokens (RFC 7517), and their rotation on an admin's demand. */
@RestController
class JwksController {

    private final SigningKeys keys;

    JwksController(SigningKeys keys) {
        this.keys = keys;
    }

    @GetMapping(path = "/.well-known/jwks.json", produces = "application/json")
    Map<String, Object> jwks() {
        return keys.published().toJSONObject(true);
    }

    /** Retires the signing key now (e.g. after a suspected leak); its tokens stay valid for the grace period. */
    @PostMapping("/api/v1/admin/signing-keys/rotation")
    Rotated rotate() {
        return new Rotated(keys.rotate());
    }

    record Rotated(String kid) {
    }
}
