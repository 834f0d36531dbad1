package vn.motcua.citizen.signature;

import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.springframework.stereotype.Service;

import vn.motcua.MotCuaProperties;

/**
 * Says whether a PDF carries our signature and is unchanged since: the CMS signature verifies over
 * the signed byte ranges, the signer is our certificate, and the signed ranges cover the whole file
 * (nothing was appended after signing).
 */
@Service
public class SignatureVerifier {

    private final SigningKey key;
    private final MotCuaProperties motcua;

    SignatureVerifier(SigningKey key, MotCuaProperties motcua) {
        this.key = key;
        this.motcua = motcua;
    }

    /**
     * @param valid   signed by us and unchanged
     * @param message the verdict in Vietnamese
     */
    public record Verdict(boolean valid, boolean signed, boolean signedByUs, boolean unchanged, String signer,
                          OffsetDateTime signedAt, String message) {
    }

    public Verdict verify(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                return new Verdict(false, false, false, false, null, null, "Tệp PDF không có chữ ký số");
            }
            PDSignature signature = signatures.get(signatures.size() - 1);
            OffsetDateTime signedAt = signature.getSignDate() == null ? null
                    : signature.getSignDate().toInstant().atZone(motcua.zone()).toOffsetDateTime();
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
                    signature.getContents(pdf));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> holders = cms.getCertificates().getMatches(signer.getSID());
            if (holders.isEmpty()) {
                return new Verdict(false, true, false, false, null, signedAt, "Chữ ký số không kèm chứng thư của người ký");
            }
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holders.iterator().next());
            String signerName = certificate.getSubjectX500Principal().getName();
            boolean intact = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
            int[] range = signature.getByteRange();
            boolean wholeFile = range.length == 4 && (long) range[2] + range[3] == pdf.length;
            boolean ours = key.get().map(loaded -> loaded.certificate().equals(certificate)).orElse(false);
            boolean unchanged = intact && wholeFile;
            String message = !intact ? "Nội dung tệp đã bị thay đổi sau khi ký: chữ ký số không hợp lệ"
                    : !wholeFile ? "Tệp đã bị thêm nội dung sau khi ký"
                    : !ours ? "Chữ ký số hợp lệ nhưng không phải của cơ quan chúng tôi"
                    : "Văn bản do cơ quan chúng tôi ký số và chưa bị thay đổi";
            return new Verdict(unchanged && ours, true, ours, unchanged, signerName, signedAt, message);
        } catch (CMSException e) {
            // A digest that no longer matches the content surfaces here in some BouncyCastle paths.
            return new Verdict(false, true, false, false, null, null,
                    "Nội dung tệp đã bị thay đổi sau khi ký: chữ ký số không hợp lệ");
        } catch (IOException | CertificateException | OperatorCreationException | RuntimeException e) {
            return new Verdict(false, false, false, false, null, null, "Không đọc được tệp PDF hoặc chữ ký số trong tệp");
        }
    }
}
