package vn.motcua.paper;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** A rendered paper read back the way a person or a scanner would: its text, pages, fonts and QR code. */
final class RenderedPdf {

    /** A font as the PDF declares it. */
    record Font(String name, boolean embedded) {
    }

    private final byte[] bytes;

    RenderedPdf(byte[] bytes) {
        this.bytes = bytes;
    }

    /** All text, with every run of white space (line breaks in table cells included) as one space. */
    String text() {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ").trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The media box of each page, in points. */
    List<PDRectangle> pageSizes() {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            List<PDRectangle> sizes = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                sizes.add(page.getMediaBox());
            }
            return sizes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every font used on any page, each time it is declared. */
    List<Font> fonts() {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            List<Font> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts.add(new Font(font.getName(), font.isEmbedded()));
                }
            }
            return fonts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String title() {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return document.getDocumentInformation().getTitle();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The QR code on the first page, printed at 300 dpi and read back as a phone camera would. */
    String qrCode() {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 300, ImageType.RGB);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
            Result result = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
            return result.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NotFoundException | ChecksumException | FormatException e) {
            throw new AssertionError("no readable QR code on the first page", e);
        }
    }
}
