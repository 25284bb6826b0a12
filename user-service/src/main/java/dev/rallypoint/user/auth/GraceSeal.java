package dev.rallypoint.user.auth;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals the answer of a refresh with AES-GCM under a key derived from the refresh token that was
 * spent: only whoever presents that token again can read it, and the stored row alone (which holds
 * only the token's plain SHA-256) opens nothing.
 */
final class GraceSeal {

    private static final SecureRandom RANDOM = new SecureRandom();

    private static final int IV_BYTES = 12;

    private GraceSeal() {
    }

    static byte[] seal(String token, TokenResponse answer) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        String plain = answer.accessToken() + "\n" + answer.refreshToken() + "\n" + answer.expiresIn();
        try {
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, token, iv).doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }

    static TokenResponse open(String token, byte[] sealed) {
        try {
            byte[] plain = cipher(Cipher.DECRYPT_MODE, token, Arrays.copyOf(sealed, IV_BYTES))
                    .doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
            String[] parts = new String(plain, StandardCharsets.UTF_8).split("\n");
            return TokenResponse.bearer(parts[0], Long.parseLong(parts[2]), parts[1]);
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static Cipher cipher(int mode, String token, byte[] iv) throws GeneralSecurityException {
        byte[] key = MessageDigest.getInstance("SHA-256")
                .digest(("rallypoint refresh grace\u0000" + token).getBytes(StandardCharsets.UTF_8));
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
        return cipher;
    }
}
