package org.gongzhi.shared.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Photos as files under one directory ({@code gongzhi.files.dir}), one random name each. */
@Component
class FilePhotoStore implements PhotoStore {

    private final Path root;

    FilePhotoStore(@Value("${gongzhi.files.dir:./data/files}") Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public String save(byte[] bytes, String extension) {
        return save("cases", bytes, extension);
    }

    @Override
    public String save(String folder, byte[] bytes, String extension) {
        if (!folder.matches("[a-z]+")) {
            throw new IllegalArgumentException("a photo folder is one plain word");
        }
        String key = folder + "/" + UUID.randomUUID() + "." + extension;
        Path file = resolve(key);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store a photo under " + root, e);
        }
        return key;
    }

    @Override
    public Optional<byte[]> read(String key) {
        Path file = resolve(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a stored photo", e);
        }
    }

    /** Keys never leave the root, whatever they contain. */
    private Path resolve(String key) {
        Path file = root.resolve(key).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("photo key outside the store");
        }
        return file;
    }
}
