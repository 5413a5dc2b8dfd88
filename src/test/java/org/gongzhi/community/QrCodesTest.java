package org.gongzhi.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import org.gongzhi.community.internal.QrCodes.Label;
import org.gongzhi.community.internal.QrCodes;

class QrCodesTest {

    private static final String CARD = "https://gongzhi.example.org/s/AY-12-2";
    private static final Label LABEL = new Label(CARD, "12号楼 2单元", "第3网格 · 南区", "AY-12-2", "扫码找到为本楼道服务的党组织");

    @Test
    void a_stairwell_qr_code_png_decodes_to_the_card_url() throws Exception {
        byte[] png = QrCodes.png(QrCodes.image(CARD, 10));

        assertThat(decode(read(png))).isEqualTo(CARD);
    }

    @Test
    void a_printed_label_is_63_by_69_mm_and_its_code_decodes_to_the_card_url() throws Exception {
        BufferedImage label = QrCodes.label(LABEL, 300);

        assertThat(label.getWidth()).isEqualTo(744); // 63 mm at 300 dpi
        assertThat(label.getHeight()).isEqualTo(815);
        assertThat(decode(label)).isEqualTo(CARD);
    }

    @Test
    void a_label_at_screen_resolution_still_decodes() throws Exception {
        assertThat(decode(QrCodes.label(LABEL, 96))).isEqualTo(CARD);
    }

    @Test
    void a_title_too_long_for_the_label_is_shrunk_to_stay_inside_its_margins() {
        Label longTitle = new Label(CARD, "Building 120, Unit 12 of the Aoyuan north district", "Grid 3 · 北区",
                "AY-120-12", "Scan to find who serves this stairwell");
        BufferedImage label = QrCodes.label(longTitle, 300);

        int margin = 30; // 3 mm at 300 dpi, less a little for anti-aliasing
        for (int y = 560; y < 615; y++) { // the title's line, 47.5–52 mm from the top
            for (int x = 5; x < margin; x++) {
                assertThat(label.getRaster().getSample(x, y, 0)).as("pixel %d,%d", x, y).isEqualTo(255);
                assertThat(label.getRaster().getSample(label.getWidth() - 1 - x, y, 0)).isEqualTo(255);
            }
        }
    }

    /** The text of the one QR code in the image. */
    static String decode(BufferedImage image) throws ReaderException {
        return new QRCodeReader().decode(bitmap(image), Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    static BinaryBitmap bitmap(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        return new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height,
                image.getRGB(0, 0, width, height, null, 0, width))));
    }

    static BufferedImage read(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }
}
