package org.kabinet.storage;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The one slow key derivation Kabinet uses for passphrases, for sealed backups and the app lock
 * alike: PBKDF2 with HMAC-SHA-256 over the passphrase's characters (Java encodes them as UTF-8).
 */
public final class Pbkdf2 {

    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256: a few tenths of a second here. */
    public static final int ITERATIONS = 600_000;

    private Pbkdf2() {
    }

    /** {@code bits} of key from {@code passphrase} and {@code salt} after {@code iterations} rounds. */
    public static byte[] derive(String passphrase, byte[] salt, int iterations, int bits) {
        char[] chars = passphrase.toCharArray();
        PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, bits);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(chars, '\0');
        }
    }
}
