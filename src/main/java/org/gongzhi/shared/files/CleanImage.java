package org.gongzhi.shared.files;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.gongzhi.shared.domain.InvalidInput;

/**
 * An uploaded photo decoded and written anew from its pixels alone, so that no metadata it carried - EXIF with
 * the GPS position of the phone, comments, thumbnails - is ever stored or shown. The EXIF orientation is applied
 * to the pixels first, so that a phone's upright photo stays upright. The size is read from the header before any
 * pixel is decoded, and a picture of more than {@link #MAX_PIXELS} is refused.
 */
final class CleanImage {

    static final long MAX_PIXELS = 40_000_000L;
    private static final float JPEG_QUALITY = 0.9f;

    private CleanImage() {
    }

    /** The photo re-encoded in {@code format} ("jpeg" or "png"); what cannot be decoded is not a photo. */
    static byte[] reencode(byte[] bytes, String format, String field) {
        BufferedImage image = decode(bytes, format, field);
        if ("jpeg".equals(format)) {
            image = upright(opaque(image), ExifOrientation.of(bytes));
        }
        return "jpeg".equals(format) ? jpeg(image) : png(image);
    }

    private static BufferedImage decode(byte[] bytes, String format, String field) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new IllegalStateException("no ImageIO reader for " + format);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
            if (pixels > MAX_PIXELS) {
                throw InvalidInput.of(field, "photo.validation.pixels", MAX_PIXELS / 1_000_000, MAX_PIXELS / 10_000);
            }
            return reader.read(0);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInput invalid) {
                throw invalid;
            }
            throw InvalidInput.of(field, "photo.validation.type");
        } finally {
            reader.dispose();
        }
    }

    /** JPEG has no transparency: the pixels on plain RGB. */
    private static BufferedImage opaque(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return rgb;
    }

    /** The pixels turned as EXIF orientation 1-8 says the camera meant them to be seen. */
    private static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation < 2 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> t.setTransform(-1, 0, 0, 1, w, 0);
            case 3 -> t.setTransform(-1, 0, 0, -1, w, h);
            case 4 -> t.setTransform(1, 0, 0, -1, 0, h);
            case 5 -> t.setTransform(0, 1, 1, 0, 0, 0);
            case 6 -> t.setTransform(0, 1, -1, 0, h, 0);
            case 7 -> t.setTransform(0, -1, -1, 0, h, w);
            default -> t.setTransform(0, -1, 1, 0, 0, w);
        }
        BufferedImage turned = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = turned.createGraphics();
        g.drawImage(image, t, null);
        g.dispose();
        return turned;
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a JPEG", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a PNG", e);
        }
        return out.toByteArray();
    }

    /** The orientation tag (0x0112) of a JPEG's EXIF block, or 1 (as stored) when there is none or it is broken. */
    static final class ExifOrientation {

        private ExifOrientation() {
        }

        static int of(byte[] jpeg) {
            try {
                int at = 2;
                while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
                    int marker = jpeg[at + 1] & 0xFF;
                    int length = u16(jpeg, at + 2, false);
                    if (marker == 0xE1 && isExif(jpeg, at + 4)) {
                        return fromTiff(jpeg, at + 10);
                    }
                    if (marker == 0xDA) {
                        return 1;
                    }
                    at += 2 + length;
                }
            } catch (IndexOutOfBoundsException broken) {
                return 1;
            }
            return 1;
        }

        private static boolean isExif(byte[] b, int at) {
            return b[at] == 'E' && b[at + 1] == 'x' && b[at + 2] == 'i' && b[at + 3] == 'f' && b[at + 4] == 0;
        }

        private static int fromTiff(byte[] b, int tiff) {
            boolean little = b[tiff] == 'I';
            int ifd = tiff + (int) u32(b, tiff + 4, little);
            int entries = u16(b, ifd, little);
            for (int i = 0; i < entries; i++) {
                int entry = ifd + 2 + 12 * i;
                if (u16(b, entry, little) == 0x0112) {
                    return u16(b, entry + 8, little);
                }
            }
            return 1;
        }

        private static int u16(byte[] b, int at, boolean little) {
            int first = b[at] & 0xFF;
            int second = b[at + 1] & 0xFF;
            return little ? second << 8 | first : first << 8 | second;
        }

        private static long u32(byte[] b, int at, boolean little) {
            long high = u16(b, little ? at + 2 : at, little);
            long low = u16(b, little ? at : at + 2, little);
            return high << 16 | low;
        }
    }
}
