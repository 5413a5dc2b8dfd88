package org.gongzhi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.files.PhotoUpload;

/**
 * Every uploaded photo is re-encoded from its pixels: a phone's JPEG with an EXIF block holding the GPS position
 * comes out with no EXIF at all, still a picture and turned upright; PNG stays PNG; a picture whose header
 * claims more than 40 megapixels is refused before it is decoded.
 */
class UploadedPhotosKeepNoMetadataTest {

    /** 31.0345° N, 121.2039° E: a point in Songjiang, as a phone would write it. */
    private static final String LATITUDE_REF = "N";

    @Test
    void a_jpeg_with_an_exif_gps_block_is_stored_without_it_and_still_reads_as_a_picture() throws IOException {
        byte[] phone = withExif(jpeg(64, 48), 1);
        assertThat(contains(phone, "Exif".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(ImageIO.read(new ByteArrayInputStream(phone))).isNotNull();

        PhotoUpload upload = PhotoUpload.of(phone, "photo");

        assertThat(upload.contentType()).isEqualTo("image/jpeg");
        assertThat(contains(upload.bytes(), "Exif".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(contains(upload.bytes(), gpsIfdTail())).isFalse();
        assertThat(segments(upload.bytes(), 0xE1)).isZero();
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(upload.bytes()));
        assertThat(stored.getWidth()).isEqualTo(64);
        assertThat(stored.getHeight()).isEqualTo(48);
    }

    @Test
    void a_photo_taken_sideways_is_stored_upright() throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 64, 48);
        g.setColor(Color.RED);
        g.fillRect(0, 0, 16, 16);
        g.dispose();

        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(
                PhotoUpload.of(withExif(encode(image, "jpeg"), 6), "photo").bytes()));

        assertThat(stored.getWidth()).isEqualTo(48);
        assertThat(stored.getHeight()).isEqualTo(64);
        assertThat(new Color(stored.getRGB(stored.getWidth() - 4, 4)).getRed()).isGreaterThan(200);
        assertThat(new Color(stored.getRGB(stored.getWidth() - 4, 4)).getGreen()).isLessThan(60);
    }

    @Test
    void a_png_stays_a_png_without_its_text_chunks() throws IOException {
        byte[] png = withTextChunk(encode(picture(40, 30), "png"), "GPS 31.0345N 121.2039E");
        PhotoUpload upload = PhotoUpload.of(png, "photo");
        assertThat(upload.contentType()).isEqualTo("image/png");
        assertThat(contains(upload.bytes(), "GPS".getBytes(StandardCharsets.US_ASCII))).isFalse();
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(upload.bytes()));
        assertThat(stored.getWidth()).isEqualTo(40);
    }

    @Test
    void a_picture_of_more_than_forty_megapixels_is_refused_with_a_field_error() {
        byte[] bomb = pngHeaderOnly(8000, 6000);
        assertThatThrownBy(() -> PhotoUpload.of(bomb, "photo"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().getFirst().field()).isEqualTo("photo");
                    assertThat(e.problems().getFirst().code()).isEqualTo("photo.validation.pixels");
                });
    }

    @Test
    void bytes_that_start_like_a_jpeg_but_are_not_one_are_refused() {
        byte[] fake = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 2, 1, 2, 3};
        assertThatThrownBy(() -> PhotoUpload.of(fake, "photo"))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems().getFirst().code()).isEqualTo("photo.validation.type"));
    }

    private static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(30, 90, 160));
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    private static byte[] jpeg(int width, int height) throws IOException {
        return encode(picture(width, height), "jpeg");
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /**
     * The JPEG with an APP1 EXIF segment right after SOI: IFD0 with the orientation and a pointer to a GPS IFD
     * holding latitude ref, latitude (3 rationals), longitude ref and longitude, little-endian as phones write.
     */
    static byte[] withExif(byte[] jpeg, int orientation) throws IOException {
        ByteBuffer tiff = ByteBuffer.allocate(200).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        int gpsIfd = 8 + 2 + 2 * 12 + 4;
        tiff.putShort((short) 2);
        entry(tiff, 0x0112, 3, 1, orientation);
        entry(tiff, 0x8825, 4, 1, gpsIfd);
        tiff.putInt(0);
        int rationals = gpsIfd + 2 + 4 * 12 + 4;
        tiff.putShort((short) 4);
        entry(tiff, 0x0001, 2, 2, LATITUDE_REF.charAt(0));
        entry(tiff, 0x0002, 5, 3, rationals);
        entry(tiff, 0x0003, 2, 2, 'E');
        entry(tiff, 0x0004, 5, 3, rationals + 24);
        tiff.putInt(0);
        for (int value : new int[] {31, 1, 2, 1, 4, 1, 121, 1, 12, 1, 14, 1}) {
            tiff.putInt(value);
        }
        byte[] tiffBytes = new byte[tiff.position()];
        tiff.flip().get(tiffBytes);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(out);
        data.write(jpeg, 0, 2);
        data.writeShort(0xFFE1);
        data.writeShort(2 + 6 + tiffBytes.length);
        data.write("Exif".getBytes(StandardCharsets.US_ASCII));
        data.writeShort(0);
        data.write(tiffBytes);
        data.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static void entry(ByteBuffer b, int tag, int type, int count, int value) {
        b.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }

    /** The last rational of the longitude (14/1) as it sits in the GPS block; nothing else carries it. */
    private static byte[] gpsIfdTail() {
        return ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putInt(12).putInt(1).putInt(14).putInt(1)
                .array();
    }

    private static byte[] withTextChunk(byte[] png, String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, 33);
        out.write(chunk("tEXt", ("Comment\0" + text).getBytes(StandardCharsets.ISO_8859_1)));
        out.write(png, 33, png.length - 33);
        return out.toByteArray();
    }

    /** A PNG that is only a signature and a header claiming these dimensions: decoding it would need gigabytes. */
    private static byte[] pngHeaderOnly(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        out.writeBytes(chunk("IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array()));
        out.writeBytes(chunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(name).put(data)
                .putInt((int) crc.getValue()).array();
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** How many segments with this APPn marker the JPEG has before its image data. */
    private static int segments(byte[] jpeg, int marker) {
        int count = 0;
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF && (jpeg[at + 1] & 0xFF) != 0xDA) {
            if ((jpeg[at + 1] & 0xFF) == marker) {
                count++;
            }
            at += 2 + ((jpeg[at + 2] & 0xFF) << 8 | jpeg[at + 3] & 0xFF);
        }
        return count;
    }
}
