package vn.motcua.paper;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Noto Serif, shipped in the jar (fonts/, SIL Open Font License): it has every Vietnamese glyph, and the
 * papers must not depend on fonts installed on the server. The files are read once; each PDF embeds
 * the subset it uses.
 */
public final class PaperFonts {

    static final String FAMILY = "Noto Serif";

    private final byte[] regular = read("NotoSerif-Regular.ttf");
    private final byte[] bold = read("NotoSerif-Bold.ttf");
    private final byte[] italic = read("NotoSerif-Italic.ttf");

    public void registerWith(PdfRendererBuilder builder) {
        builder.useFont(() -> new ByteArrayInputStream(regular), FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(bold), FAMILY, 700, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(italic), FAMILY, 400, FontStyle.ITALIC, true);
    }

    private static byte[] read(String file) {
        String resource = "/fonts/" + file;
        try (InputStream in = PaperFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
