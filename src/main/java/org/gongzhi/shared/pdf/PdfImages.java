package org.gongzhi.shared.pdf;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Pages drawn with Java2D (so that Chinese renders with the system's CJK font) placed into PDFs as images.
 */
public final class PdfImages {

    private PdfImages() {
    }

    /** A greyscale image's bytes, deflated directly: PDFBox's LosslessFactory takes seconds for a page. */
    public static PDImageXObject grey(PDDocument document, BufferedImage image) throws IOException {
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        ByteArrayOutputStream deflated = new ByteArrayOutputStream(pixels.length / 8);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream out = new DeflaterOutputStream(deflated, deflater)) {
            out.write(pixels);
        } finally {
            deflater.end();
        }
        return new PDImageXObject(document, new ByteArrayInputStream(deflated.toByteArray()), COSName.FLATE_DECODE,
                image.getWidth(), image.getHeight(), 8, PDDeviceGray.INSTANCE);
    }
}
