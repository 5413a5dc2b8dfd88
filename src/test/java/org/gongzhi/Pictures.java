package org.gongzhi;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.springframework.test.web.servlet.ResultMatcher;

/** Uploaded photos are re-encoded (to drop their metadata), so what is served is the same picture, not the same bytes. */
public final class Pictures {

    private Pictures() {
    }

    /** The answer is a picture of the same size as the one sent, with the same pixels if {@code lossless}. */
    public static ResultMatcher samePictureAs(byte[] sent, boolean lossless) {
        return result -> assertSamePicture(result.getResponse().getContentAsByteArray(), sent, lossless);
    }

    public static void assertSamePicture(byte[] served, byte[] sent, boolean lossless) {
        BufferedImage got = read(served);
        BufferedImage expected = read(sent);
        assertThat(got.getWidth()).isEqualTo(expected.getWidth());
        assertThat(got.getHeight()).isEqualTo(expected.getHeight());
        if (lossless) {
            for (int y = 0; y < got.getHeight(); y++) {
                for (int x = 0; x < got.getWidth(); x++) {
                    assertThat(got.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(expected.getRGB(x, y));
                }
            }
        }
    }

    private static BufferedImage read(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            assertThat(image).as("a readable picture").isNotNull();
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
