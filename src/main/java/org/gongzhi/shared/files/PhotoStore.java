package org.gongzhi.shared.files;

import java.util.Optional;

/** Where photos of work orders are kept; the key is opaque to callers. */
public interface PhotoStore {

    /** Stores the bytes and returns the key to read them back with. */
    String save(byte[] bytes, String extension);

    Optional<byte[]> read(String key);
}
