package vn.motcua.iso;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import vn.motcua.MotCuaProperties;
import vn.motcua.identity.OrganisationProperties;
import vn.motcua.paper.PaperFonts;

/**
 * The ISO procedure document of one version, as XHTML (for the auditor's page, where bpmn-js draws the
 * diagram from the deployed XML) and as PDF (openhtmltopdf with the papers' embedded Noto Serif; the
 * diagram there is an image drawn from the model's diagram interchange). One template serves both, so
 * the two can never say different things.
 */
@Component
public class DocumentRenderer {

    private final ProcessModels models;
    private final IsoRegister register;
    private final DiagramImage diagrams;
    private final OrganisationProperties organisation;
    private final IsoFormat format;
    private final TemplateEngine templates = xmlTemplates();
    private final PaperFonts fonts = new PaperFonts();

    DocumentRenderer(ProcessModels models, IsoRegister register, DiagramImage diagrams,
            OrganisationProperties organisation, MotCuaProperties properties) {
        this.models = models;
        this.register = register;
        this.diagrams = diagrams;
        this.organisation = organisation;
        this.format = new IsoFormat(properties.zone());
    }

    /** For the browser: the diagram is left to bpmn-js, which loads the XML from {@code xmlUrl}. */
    public String html(String definitionId, String xmlUrl) {
        return render(models.document(definitionId), xmlUrl, null);
    }

    public byte[] pdf(String definitionId) {
        ProcessDocument document = models.document(definitionId);
        String html = render(document, null, diagrams.dataUri(models.model(definitionId)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        fonts.registerWith(builder);
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the ISO document of " + definitionId, e);
        }
        return out.toByteArray();
    }

    private String render(ProcessDocument document, String xmlUrl, String diagram) {
        List<Revision> revisions = register.revisions(document.key());
        Context context = new Context();
        context.setVariable("doc", document);
        context.setVariable("revisions", revisions);
        context.setVariable("commune", organisation.communeName());
        context.setVariable("format", format);
        context.setVariable("xmlUrl", xmlUrl);
        context.setVariable("diagram", diagram);
        context.setVariable("web", xmlUrl != null);
        return templates.process("document", context);
    }

    private static TemplateEngine xmlTemplates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(DocumentRenderer.class.getClassLoader());
        resolver.setPrefix("iso/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
