package vn.motcua.citizen.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.springframework.stereotype.Service;

import vn.motcua.MotCuaProperties;
import vn.motcua.web.ConflictException;
import vn.motcua.paper.VietnameseDates;

/**
 * Signs a PDF with the commune's certificate as PAdES baseline B (CMS detached, sub-filter
 * ETSI.CAdES.detached, with the signing-certificate-v2 attribute). The visible signature block is
 * drawn on the last page first ("Đã ký số bởi ..."), then the signature covers the whole file in an
 * incremental update. No timestamp authority in this version (B-B, not B-T): see docs/citizens.md.
 */
@Service
public class PdfSigner {

    private static final float BLOCK_WIDTH = 230;
    private static final float BLOCK_HEIGHT = 58;
    /** Room reserved in the file for the CMS signature (certificate chain included). */
    private static final int SIGNATURE_SIZE = 16_384;

    private final SigningKey key;
    private final SigningProperties properties;
    private final MotCuaProperties motcua;
    private final Clock clock;

    PdfSigner(SigningKey key, SigningProperties properties, MotCuaProperties motcua, Clock clock) {
        this.key = key;
        this.properties = properties;
        this.motcua = motcua;
        this.clock = clock;
    }

    public boolean enabled() {
        return key.get().isPresent();
    }

    public byte[] sign(byte[] pdf) {
        SigningKey.Loaded signing = key.get().orElseThrow(() ->
                new ConflictException("Chưa cấu hình chứng thư số của cơ quan nên chưa ký số được văn bản"));
        Instant now = clock.instant();
        try {
            byte[] stamped = stamp(pdf, now);
            try (PDDocument document = Loader.loadPDF(stamped)) {
                PDSignature signature = new PDSignature();
                signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
                signature.setSubFilter(COSName.getPDFName("ETSI.CAdES.detached"));
                signature.setName(properties.signerName());
                signature.setLocation(properties.location());
                signature.setReason(properties.reason());
                Calendar when = new GregorianCalendar(TimeZone.getTimeZone(motcua.zone()));
                when.setTimeInMillis(now.toEpochMilli());
                signature.setSignDate(when);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try (SignatureOptions options = new SignatureOptions()) {
                    options.setPreferredSignatureSize(SIGNATURE_SIZE);
                    document.addSignature(signature, content -> cms(content, signing), options);
                    document.saveIncremental(out);
                }
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The visible block, bottom right of the last page, in the papers' Vietnamese font. */
    private byte[] stamp(byte[] pdf, Instant now) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf); InputStream font = getClass().getResourceAsStream(
                "/fonts/NotoSerif-Regular.ttf")) {
            PDPage page = document.getPage(document.getNumberOfPages() - 1);
            PDRectangle box = page.getMediaBox();
            float x = box.getUpperRightX() - BLOCK_WIDTH - 36;
            float y = box.getLowerLeftY() + 30;
            PDType0Font type0 = PDType0Font.load(document, font);
            try (PDPageContentStream content = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                content.setStrokingColor(0.78f, 0.06f, 0.18f);
                content.setLineWidth(1);
                content.addRect(x, y, BLOCK_WIDTH, BLOCK_HEIGHT);
                content.stroke();
                ZonedDateTime at = now.atZone(motcua.zone());
                String[] lines = {"Đã ký số bởi: " + properties.signerName(), "Thời gian ký: " + VietnameseDates.SHORT.format(at),
                        "Nơi ký: " + properties.location(), "Xác thực tại: /api/public/signatures/verify"};
                content.setNonStrokingColor(0.78f, 0.06f, 0.18f);
                float line = y + BLOCK_HEIGHT - 13;
                for (String text : lines) {
                    content.beginText();
                    content.setFont(type0, 8);
                    content.newLineAtOffset(x + 6, line);
                    content.showText(text);
                    content.endText();
                    line -= 12;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] cms(InputStream content, SigningKey.Loaded signing) throws IOException {
        try {
            byte[] certificateHash = MessageDigest.getInstance("SHA-256").digest(signing.certificate().getEncoded());
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2(certificateHash)))));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)))
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(signing.key()), signing.certificate()));
            generator.addCertificates(new JcaCertStore(signing.chain()));
            return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
        } catch (NoSuchAlgorithmException | CertificateEncodingException | OperatorCreationException | CMSException e) {
            throw new IOException("cannot build the CMS signature", e);
        }
    }
}
