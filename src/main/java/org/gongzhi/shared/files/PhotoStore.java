package org.gongzhi.shared.files;

import java.util.Optional;

/** Where uploaded photos are kept (work orders, projects, proposals); the key is opaque to callers. */
public interface PhotoStore {

    /** Stores the bytes and returns the key to read them back with. */
    String save(byte[] bytes, String extension);

    /** Stores the bytes in the named folder (a plain word such as {@code proposals}) and returns the key. */
    String save(String folder, byte[] bytes, String extension);

    Optional<byte[]> read(String key);
}
