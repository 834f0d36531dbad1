package vn.motcua.paper;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodeImagesTest {

    private static final String PREFIX = "data:image/png;base64,";

    @Test
    void encodesTheTextAsAPngDataUriThatReadsBack() throws Exception {
        String url = "https://motcua.example.vn/tra-cuu?ma=H30.45.12-261126-0007&ngôn-ngữ=vi";

        String uri = new QrCodeImages().dataUri(url);

        assertThat(uri).startsWith(PREFIX);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                Base64.getDecoder().decode(uri.substring(PREFIX.length()))));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
        assertThat(decoded).isEqualTo(url);
    }
}
