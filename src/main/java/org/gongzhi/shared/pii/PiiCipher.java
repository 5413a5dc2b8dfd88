package org.gongzhi.shared.pii;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts sensitive personal data (ID-card numbers) at rest with AES-256-GCM, and derives a keyed
 * digest so that duplicates can be found without decrypting. A ciphertext names its key ({@code k2:…}); one
 * without a name is of key {@code k1}. Keys rotate with {@link KeyRotation} ({@code ./gongzhi rotate-key}).
 */
@Component
public class PiiCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Path keyFile;
    private final SecureRandom random = new SecureRandom();
    /** Looking up a JCA provider's implementation costs more than the cipher's work on 18 characters. */
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(() -> instance(() ->
            Cipher.getInstance("AES/GCM/NoPadding")));
    /** Each thread's HMAC, initialised with the digest key it was made for. */
    private final ThreadLocal<KeyedMac> macs = new ThreadLocal<>();
    private volatile PiiKeys keys;

    @Autowired
    public PiiCipher(@Value("${gongzhi.pii.key:}") String keyText,
            @Value("${gongzhi.pii.key-file:./data/pii.key}") String keyFile) {
        this.keyFile = keyText.isBlank() ? Path.of(keyFile) : null;
        this.keys = keyText.isBlank() ? keysFromFile(this.keyFile, random) : PiiKeys.parse(keyText);
    }

    public PiiCipher(PiiKeys keys) {
        this.keyFile = null;
        this.keys = keys;
    }

    public String encrypt(String plain) {
        PiiKeys ring = keys;
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey(ring, ring.current()), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return ring.current() + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public String decrypt(String stored) {
        String keyId = keyIdOf(stored);
        PiiKeys ring = keys;
        if (!ring.masters().containsKey(keyId) && keyFile != null) {
            // a key added while the application runs: the re-encryption may already have used it
            ring = keys = keysFromFile(keyFile, random);
        }
        if (!ring.masters().containsKey(keyId)) {
            throw new IllegalStateException("no ID-number key " + keyId + " to decrypt with");
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(stored.indexOf(':') + 1));
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey(ring, keyId), new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed", e);
        }
    }

    /** A stable keyed digest (HMAC-SHA256, hex) for equality look-ups; the same across key rotations. */
    public String digest(String plain) {
        byte[] key = keys.digestKey();
        KeyedMac keyed = macs.get();
        if (keyed == null || !Arrays.equals(keyed.key(), key)) {
            keyed = new KeyedMac(key.clone(), instance(() -> {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key, "HmacSHA256"));
                return mac;
            }));
            macs.set(keyed);
        }
        // doFinal resets the MAC to its key, ready for the next value
        return HexFormat.of().formatHex(keyed.mac().doFinal(plain.getBytes(StandardCharsets.UTF_8)));
    }

    private record KeyedMac(byte[] key, Mac mac) {
    }

    private interface Making<T> {
        T make() throws GeneralSecurityException;
    }

    private static <T> T instance(Making<T> making) {
        try {
            return making.make();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no " + e.getMessage(), e);
        }
    }

    /** The key that encrypts new values. */
    public String currentKeyId() {
        return keys.current();
    }

    /** The id of the key a stored value was encrypted with. */
    public static String keyIdOf(String stored) {
        int colon = stored.indexOf(':');
        return colon < 0 ? PiiKeys.FIRST : stored.substring(0, colon);
    }

    private static SecretKeySpec encryptionKey(PiiKeys ring, String keyId) {
        return new SecretKeySpec(PiiKeys.derive(ring.masters().get(keyId), "encrypt"), "AES");
    }

    /** The keys in {@code file}, which is created with a first key when there is none. */
    static PiiKeys keysFromFile(Path file, SecureRandom random) {
        try {
            if (!Files.exists(file)) {
                write(file, PiiKeys.fresh(random));
            }
            return PiiKeys.parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the key file " + file, e);
        }
    }

    /** Writes the keys readable by the owner only, replacing the file in one step so no reader sees half of it. */
    static void write(Path file, PiiKeys keys) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path next = Files.createTempFile(dir, "pii", ".key");
        next.toFile().setReadable(false, false);
        next.toFile().setReadable(true, true);
        Files.writeString(next, keys.format());
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
