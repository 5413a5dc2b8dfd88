package org.gongzhi.shared.pii;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The ID-number keys, by key id: the current one encrypts, every one decrypts (so a key can be rotated without
 * leaving a row unreadable). The look-up digest key is kept apart and stays the same across rotations, so the
 * duplicate checks on {@code id_card_digest} keep working while old ciphertexts are re-encrypted.
 *
 * <p>Written as text, one entry a line ({@code current=k2}, {@code k1=<base64>}, {@code k2=<base64>},
 * {@code digest=<base64>}); a lone base64 value is the key of an installation from before rotation: key {@code k1},
 * whose ciphertexts carry no key id.
 */
public record PiiKeys(String current, Map<String, byte[]> masters, byte[] digestKey) {

    /** The key of ciphertexts written before keys had ids. */
    public static final String FIRST = "k1";
    private static final Pattern KEY_ID = Pattern.compile("k[0-9]{1,6}");

    public PiiKeys {
        masters = Map.copyOf(masters);
        if (!masters.containsKey(current)) {
            throw new IllegalStateException("the current ID-number key " + current + " is not among the keys");
        }
        masters.values().forEach(PiiKeys::checkLength);
        checkLength(digestKey);
    }

    public static PiiKeys parse(String text) {
        Map<String, byte[]> masters = new LinkedHashMap<>();
        String current = null;
        byte[] digest = null;
        for (String entry : text.replaceAll("#[^\\r\\n]*", "").split("[\\r\\n;]+")) {
            entry = entry.strip();
            if (entry.isEmpty()) {
                continue;
            }
            int eq = entry.indexOf('=');
            String name = eq < 0 ? null : entry.substring(0, eq).strip();
            if (name == null || !(name.equals("current") || name.equals("digest") || KEY_ID.matcher(name).matches())) {
                masters.put(FIRST, decode(entry));
                digest = digest == null ? derive(masters.get(FIRST), "digest") : digest;
                current = current == null ? FIRST : current;
            } else if (name.equals("current")) {
                current = entry.substring(eq + 1).strip();
            } else if (name.equals("digest")) {
                digest = decode(entry.substring(eq + 1));
            } else {
                masters.put(name, decode(entry.substring(eq + 1)));
            }
        }
        if (digest == null) {
            throw new IllegalStateException("the ID-number keys name no digest key");
        }
        return new PiiKeys(current, masters, digest);
    }

    /** A first key for a new installation. */
    public static PiiKeys fresh(SecureRandom random) {
        byte[] master = randomKey(random);
        return new PiiKeys(FIRST, Map.of(FIRST, master), derive(master, "digest"));
    }

    /** These keys and a new one, which becomes the current one. */
    public PiiKeys withNewKey(SecureRandom random) {
        int next = masters.keySet().stream().mapToInt(id -> Integer.parseInt(id.substring(1))).max().orElse(0) + 1;
        Map<String, byte[]> more = new LinkedHashMap<>(masters);
        more.put("k" + next, randomKey(random));
        return new PiiKeys("k" + next, more, digestKey);
    }

    /** These keys without {@code id}; the current key cannot go. */
    public PiiKeys without(String id) {
        if (id.equals(current)) {
            throw new IllegalStateException(id + " is the current key: add a new key and re-encrypt first");
        }
        if (!masters.containsKey(id)) {
            throw new IllegalStateException("there is no key " + id);
        }
        Map<String, byte[]> fewer = new LinkedHashMap<>(masters);
        fewer.remove(id);
        return new PiiKeys(current, fewer, digestKey);
    }

    public String format() {
        StringBuilder text = new StringBuilder("# Gongzhi ID-number keys: the current one encrypts, all decrypt; "
                + "see docs/security.md, \"Key rotation\"\n");
        text.append("current=").append(current).append('\n');
        masters.keySet().stream().sorted().forEach(id ->
                text.append(id).append('=').append(Base64.getEncoder().encodeToString(masters.get(id))).append('\n'));
        return text.append("digest=").append(Base64.getEncoder().encodeToString(digestKey)).append('\n').toString();
    }

    static byte[] derive(byte[] master, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] randomKey(SecureRandom random) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return key;
    }

    private static byte[] decode(String base64) {
        return Base64.getDecoder().decode(base64.strip());
    }

    private static void checkLength(byte[] key) {
        if (key.length != 32) {
            throw new IllegalStateException("an ID-number key must be 32 bytes, base64-encoded");
        }
    }

    @Override
    public String toString() {
        return "PiiKeys[current=" + current + ", ids=" + masters.keySet() + "]";
    }
}
