package vn.motcua.paper;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders official papers as A4 PDF. Each form is an XHTML template under {@code paper/} on the
 * classpath; Thymeleaf fills it, escaping every value (names and reasons are typed by people and may
 * hold markup), and openhtmltopdf lays it out with the embedded Noto Serif.
 */
@Component
public class PaperRenderer {

    static {
        // openhtmltopdf keeps one logger for the whole JVM.
        XRLog.setLoggerImpl(new LayoutLog());
    }

    private final TemplateEngine templates = xmlTemplates();
    private final PaperFonts fonts = new PaperFonts();
    private final VietnameseDates dates = new VietnameseDates();
    private final QrCodeImages qrCodes = new QrCodeImages();

    /** The paper as a PDF document. */
    public byte[] render(OfficialPaper paper) {
        return toPdf(html(paper));
    }

    /** The filled-in XHTML that {@link #render} lays out; useful to check a template by eye. */
    public String html(OfficialPaper paper) {
        Context context = new Context();
        context.setVariable("paper", paper);
        context.setVariable("form", paper.form());
        context.setVariable("head", paper.letterhead());
        context.setVariable("dates", dates);
        context.setVariable("qr", qrCodes);
        return templates.process(paper.form().template(), context);
    }

    private byte[] toPdf(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        fonts.registerWith(builder);
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render a paper", e);
        }
        return out.toByteArray();
    }

    /*
     * XML mode: the templates must be well-formed XHTML, which openhtmltopdf needs anyway, and a broken
     * template fails here with a line number instead of as a blank page.
     */
    private static TemplateEngine xmlTemplates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(PaperRenderer.class.getClassLoader());
        resolver.setPrefix("paper/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
