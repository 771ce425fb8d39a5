package org.kabinet.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The encrypted backup format: what goes in comes out, and a wrong passphrase, a changed byte, a
 * missing or moved segment or a cut-off end is refused with its own reason. (A low iteration count
 * keeps the tests quick; the format stores it, so decryption reads it from the header.)
 */
class BackupCipherTest {

    private static final String PASSPHRASE = "зелёный чай по утрам";
    private static final int FAST = 1_000;
    private static final int SEGMENT_SEALED = BackupCipher.SEGMENT + 16;

    private static byte[] seal(byte[] plain, String passphrase) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BackupCipher.encrypt(new ByteArrayInputStream(plain), out, passphrase, FAST);
        return out.toByteArray();
    }

    private static byte[] open(byte[] sealed, String passphrase) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BackupCipher.decrypt(new ByteArrayInputStream(sealed), out, passphrase);
        return out.toByteArray();
    }

    private static byte[] bytes(int length) {
        byte[] b = new byte[length];
        new Random(length).nextBytes(b);
        return b;
    }

    private static void assertRefused(byte[] sealed, String passphrase, BackupCipher.Failure failure) {
        assertThatThrownBy(() -> open(sealed, passphrase))
                .isInstanceOfSatisfying(BackupCipher.DecryptException.class, e -> assertThat(e.failure()).isEqualTo(failure));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 4096, BackupCipher.SEGMENT - 1, BackupCipher.SEGMENT, BackupCipher.SEGMENT + 1,
        3 * BackupCipher.SEGMENT, 3 * BackupCipher.SEGMENT + 777})
    void roundTrip_givesBackEveryByte(int length) throws Exception {
        byte[] plain = bytes(length);

        assertThat(open(seal(plain, PASSPHRASE), PASSPHRASE)).isEqualTo(plain);
    }

    @Test
    void sealed_revealsNothingOfThePlainText_andDiffersEachTime() throws Exception {
        byte[] plain = "SQLite format 3\0 Иванова Анна Петровна, о матери".repeat(1000).getBytes(StandardCharsets.UTF_8);

        byte[] first = seal(plain, PASSPHRASE);
        byte[] second = seal(plain, PASSPHRASE);

        String asText = new String(first, StandardCharsets.ISO_8859_1);
        assertThat(asText).doesNotContain("SQLite format").doesNotContain("Иванова");
        assertThat(new String(first, StandardCharsets.UTF_8)).doesNotContain("Иванова");
        assertThat(first).isNotEqualTo(second); // a random salt and nonce per file
        assertThat(Arrays.copyOf(first, 8)).isEqualTo("KABINETE".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void wrongPassphrase_isToldApartFromDamage() throws Exception {
        byte[] sealed = seal(bytes(5000), PASSPHRASE);

        assertRefused(sealed, "зелёный чай по вечерам", BackupCipher.Failure.WRONG_PASSPHRASE);
        assertRefused(sealed, "", BackupCipher.Failure.WRONG_PASSPHRASE);
    }

    @Test
    void oneChangedByteAnywhereInTheContent_isDamage() throws Exception {
        byte[] sealed = seal(bytes(2 * BackupCipher.SEGMENT + 10), PASSPHRASE);
        int header = sealed.length - (2 * SEGMENT_SEALED + 10 + 16);
        for (int at : new int[] {header, header + 5, header + SEGMENT_SEALED + 3, sealed.length - 1}) {
            byte[] changed = sealed.clone();
            changed[at] ^= 0x01;

            assertRefused(changed, PASSPHRASE, BackupCipher.Failure.DAMAGED);
        }
    }

    @Test
    void aChangedHeader_isRefused() throws Exception {
        byte[] sealed = seal(bytes(100), PASSPHRASE);
        byte[] saltChanged = sealed.clone();
        saltChanged[20] ^= 0x01; // inside the salt: another key, so the key check fails
        byte[] prefixChanged = sealed.clone();
        prefixChanged[8 + 1 + 1 + 4 + 16 + 2] ^= 0x01; // inside the nonce prefix: authentication fails

        assertRefused(saltChanged, PASSPHRASE, BackupCipher.Failure.WRONG_PASSPHRASE);
        assertRefused(prefixChanged, PASSPHRASE, BackupCipher.Failure.DAMAGED);
    }

    @Test
    void cutOffAtASegmentBoundary_orAnywhere_isDamage() throws Exception {
        byte[] sealed = seal(bytes(2 * BackupCipher.SEGMENT + 10), PASSPHRASE);
        int header = sealed.length - (2 * SEGMENT_SEALED + 10 + 16);

        assertRefused(Arrays.copyOf(sealed, header + 2 * SEGMENT_SEALED), PASSPHRASE, BackupCipher.Failure.DAMAGED);
        assertRefused(Arrays.copyOf(sealed, header + SEGMENT_SEALED), PASSPHRASE, BackupCipher.Failure.DAMAGED);
        assertRefused(Arrays.copyOf(sealed, header + 7), PASSPHRASE, BackupCipher.Failure.DAMAGED);
        assertRefused(Arrays.copyOf(sealed, header), PASSPHRASE, BackupCipher.Failure.DAMAGED);
        assertRefused(Arrays.copyOf(sealed, 30), PASSPHRASE, BackupCipher.Failure.DAMAGED);
    }

    @Test
    void swappedSegments_areDamage() throws Exception {
        byte[] sealed = seal(bytes(3 * BackupCipher.SEGMENT), PASSPHRASE);
        int header = sealed.length - 3 * SEGMENT_SEALED; // a multiple of the segment: no empty last one
        byte[] swapped = sealed.clone();
        System.arraycopy(sealed, header, swapped, header + SEGMENT_SEALED, SEGMENT_SEALED);
        System.arraycopy(sealed, header + SEGMENT_SEALED, swapped, header, SEGMENT_SEALED);

        assertRefused(swapped, PASSPHRASE, BackupCipher.Failure.DAMAGED);
    }

    @Test
    void aPlainFile_isNotAnEncryptedBackup() {
        assertRefused("SQLite format 3\0".getBytes(StandardCharsets.US_ASCII), PASSPHRASE,
                BackupCipher.Failure.NOT_ENCRYPTED_BACKUP);
        assertRefused(new byte[0], PASSPHRASE, BackupCipher.Failure.NOT_ENCRYPTED_BACKUP);
    }

    @Test
    void aLaterFormatVersion_isRefusedAsUnknown() throws Exception {
        byte[] sealed = seal(bytes(10), PASSPHRASE);
        sealed[8] = 2;

        assertRefused(sealed, PASSPHRASE, BackupCipher.Failure.NOT_ENCRYPTED_BACKUP);
    }
}
