package org.kabinet.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypted backups: a backup file sealed with a passphrase, so that a USB stick or a cloud folder
 * holding it reveals nothing without the passphrase.
 *
 * <p>The format (version 1), all numbers big-endian; docs/backup-format.md says the same:
 * <pre>
 *   magic        8 bytes   "KABINETE"
 *   version      1 byte    1
 *   kdf          1 byte    1 = PBKDF2-HMAC-SHA256
 *   iterations   4 bytes   e.g. 600 000
 *   salt        16 bytes   random per file
 *   nonce prefix 7 bytes   random per file
 *   segment size 4 bytes   plaintext bytes per segment (1 MiB)
 *   key check   32 bytes   HMAC-SHA256(check key, "kabinet key check")
 *   segments     …         each AES-256-GCM(segment), 16-byte tag appended
 * </pre>
 * The passphrase and salt give a master key (PBKDF2, slow on purpose); HMAC-SHA256 of it gives
 * the encryption key and the check key. The key check tells a wrong passphrase from a damaged
 * file. Segment i is sealed with the nonce (prefix, i as 4 bytes, 1 if it is the last segment
 * else 0) and the header as associated data, so a segment cannot be moved, dropped, cut off at
 * the end or the header altered without the check failing — the construction of Tink's streaming
 * AEAD. Segments let a 300 MB file pass through a small buffer.
 */
public final class BackupCipher {

    /** How encrypted backups end, after the plain backup's name: "kabinet-….db.enc". */
    public static final String SUFFIX = ".enc";

    private static final byte[] MAGIC = "KABINETE".getBytes(StandardCharsets.US_ASCII);
    private static final byte VERSION = 1;
    private static final byte KDF_PBKDF2_SHA256 = 1;
    static final int ITERATIONS = Pbkdf2.ITERATIONS;
    private static final int SALT_BYTES = 16;
    private static final int PREFIX_BYTES = 7;
    private static final int CHECK_BYTES = 32;
    static final int SEGMENT = 1 << 20;
    private static final int TAG_BYTES = 16;
    private static final int HEADER_BYTES = MAGIC.length + 1 + 1 + 4 + SALT_BYTES + PREFIX_BYTES + 4 + CHECK_BYTES;
    /** The most iterations a header may ask for: a damaged header must not hang the app for hours. */
    private static final int MAX_ITERATIONS = 10_000_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private BackupCipher() {
    }

    /** Why a file could not be decrypted. */
    public enum Failure {
        /** The passphrase is not the one the backup was made with. */
        WRONG_PASSPHRASE,
        /** The file was changed or cut short since it was written. */
        DAMAGED,
        /** The file is not an encrypted Kabinet backup of a version this Kabinet reads. */
        NOT_ENCRYPTED_BACKUP,
    }

    /** Decryption refused, and why. */
    public static final class DecryptException extends Exception {
        private static final long serialVersionUID = 1L;
        private final Failure failure;

        DecryptException(Failure failure, String detail) {
            super(detail);
            this.failure = failure;
        }

        public Failure failure() {
            return failure;
        }
    }

    /** Whether {@code file} starts as an encrypted Kabinet backup does (any version). */
    public static boolean isEncrypted(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    /** Seals {@code plain} into {@code out} with {@code passphrase}. */
    public static void encrypt(InputStream plain, OutputStream out, String passphrase) throws IOException {
        encrypt(plain, out, passphrase, ITERATIONS);
    }

    static void encrypt(InputStream plain, OutputStream out, String passphrase, int iterations) throws IOException {
        byte[] salt = random(SALT_BYTES);
        byte[] prefix = random(PREFIX_BYTES);
        Keys keys = Keys.derive(passphrase, salt, iterations);
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
        header.put(MAGIC).put(VERSION).put(KDF_PBKDF2_SHA256).putInt(iterations).put(salt).put(prefix)
                .putInt(SEGMENT).put(keys.check());
        byte[] headerBytes = header.array();
        out.write(headerBytes);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            byte[] current = plain.readNBytes(SEGMENT);
            int index = 0;
            while (true) {
                byte[] next = current.length < SEGMENT ? new byte[0] : plain.readNBytes(SEGMENT);
                boolean last = next.length == 0;
                cipher.init(Cipher.ENCRYPT_MODE, keys.encryption(), nonce(prefix, index, last));
                cipher.updateAAD(headerBytes);
                out.write(cipher.doFinal(current));
                if (last) {
                    return;
                }
                current = next;
                index++;
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /**
     * Opens {@code sealed} with {@code passphrase} into {@code out}. Every segment is
     * authenticated before it is written out; on a failure part of the plaintext may already be
     * in {@code out}, which the caller discards.
     */
    public static void decrypt(InputStream sealed, OutputStream out, String passphrase)
            throws IOException, DecryptException {
        byte[] headerBytes = sealed.readNBytes(HEADER_BYTES);
        if (headerBytes.length < MAGIC.length || !Arrays.equals(Arrays.copyOf(headerBytes, MAGIC.length), MAGIC)) {
            throw new DecryptException(Failure.NOT_ENCRYPTED_BACKUP, "no Kabinet encryption header");
        }
        if (headerBytes.length < HEADER_BYTES) {
            throw new DecryptException(Failure.DAMAGED, "the header is cut short");
        }
        ByteBuffer header = ByteBuffer.wrap(headerBytes, MAGIC.length, HEADER_BYTES - MAGIC.length);
        byte version = header.get();
        byte kdf = header.get();
        int iterations = header.getInt();
        if (version != VERSION || kdf != KDF_PBKDF2_SHA256) {
            throw new DecryptException(Failure.NOT_ENCRYPTED_BACKUP, "format version " + version + ", kdf " + kdf);
        }
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new DecryptException(Failure.DAMAGED, "iteration count out of range");
        }
        byte[] salt = get(header, SALT_BYTES);
        byte[] prefix = get(header, PREFIX_BYTES);
        int segment = header.getInt();
        byte[] check = get(header, CHECK_BYTES);
        if (segment != SEGMENT) {
            throw new DecryptException(Failure.DAMAGED, "unexpected segment size");
        }
        Keys keys = Keys.derive(passphrase, salt, iterations);
        if (!MessageDigest.isEqual(check, keys.check())) {
            throw new DecryptException(Failure.WRONG_PASSPHRASE, "the key check does not match");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            byte[] current = sealed.readNBytes(SEGMENT + TAG_BYTES);
            int index = 0;
            while (true) {
                if (current.length < TAG_BYTES) {
                    throw new DecryptException(Failure.DAMAGED, "a segment is cut short");
                }
                byte[] next = current.length < SEGMENT + TAG_BYTES ? new byte[0] : sealed.readNBytes(SEGMENT + TAG_BYTES);
                boolean last = next.length == 0;
                cipher.init(Cipher.DECRYPT_MODE, keys.encryption(), nonce(prefix, index, last));
                cipher.updateAAD(headerBytes);
                out.write(cipher.doFinal(current));
                if (last) {
                    if (sealed.read() != -1) {
                        throw new DecryptException(Failure.DAMAGED, "bytes after the last segment");
                    }
                    return;
                }
                current = next;
                index++;
            }
        } catch (AEADBadTagException e) {
            throw new DecryptException(Failure.DAMAGED, "a segment failed its authentication");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    private static GCMParameterSpec nonce(byte[] prefix, int index, boolean last) {
        ByteBuffer nonce = ByteBuffer.allocate(12).put(prefix).putInt(index).put((byte) (last ? 1 : 0));
        return new GCMParameterSpec(TAG_BYTES * 8, nonce.array());
    }

    private static byte[] get(ByteBuffer buffer, int length) {
        byte[] bytes = new byte[length];
        buffer.get(bytes);
        return bytes;
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** The two keys a passphrase gives for one file. */
    private record Keys(SecretKeySpec encryption, byte[] check) {

        static Keys derive(String passphrase, byte[] salt, int iterations) {
            byte[] master = Pbkdf2.derive(passphrase, salt, iterations, 256);
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(master, "HmacSHA256"));
                byte[] encryption = mac.doFinal("kabinet encryption key".getBytes(StandardCharsets.US_ASCII));
                byte[] checkKey = mac.doFinal("kabinet check key".getBytes(StandardCharsets.US_ASCII));
                mac.init(new SecretKeySpec(checkKey, "HmacSHA256"));
                byte[] check = mac.doFinal("kabinet key check".getBytes(StandardCharsets.US_ASCII));
                Arrays.fill(master, (byte) 0);
                return new Keys(new SecretKeySpec(encryption, "AES"), check);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
            }
        }
    }
}
