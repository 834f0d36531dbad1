package vn.motcua.dossier;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.web.InvalidRequestException;
import vn.motcua.web.NotFoundException;

/**
 * Files handed in with a dossier: scans made at the counter, uploads from the portal. The type is
 * read from the file's first bytes, not trusted from the name or the browser.
 */
@Service
public class DossierAttachments {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final Map<String, byte[]> SIGNATURES = Map.of(
            "application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'},
            "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    private final DossierRepository dossiers;
    private final DossierAttachmentRepository attachments;
    private final Clock clock;

    DossierAttachments(DossierRepository dossiers, DossierAttachmentRepository attachments, Clock clock) {
        this.dossiers = dossiers;
        this.attachments = attachments;
        this.clock = clock;
    }

    @Transactional
    public AttachmentSummary attach(String code, String fileName, byte[] content, String paperName, String user,
                                    boolean onlyOwnDossier) {
        Dossier dossier = dossier(code);
        if (onlyOwnDossier && !dossier.receivedBy().equals(user)) {
            throw new NotFoundException("Không tìm thấy hồ sơ " + code);
        }
        if (content.length == 0) {
            throw new InvalidRequestException("Tệp đính kèm rỗng");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidRequestException("Tệp đính kèm vượt quá 10 MB");
        }
        String type = SIGNATURES.entrySet().stream()
                .filter(signature -> startsWith(content, signature.getValue())).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new InvalidRequestException("Chỉ nhận tệp PDF, JPG hoặc PNG"));
        if (paperName != null && paperName.length() > 500) {
            throw new InvalidRequestException("Tên thành phần hồ sơ tối đa 500 ký tự");
        }
        if (paperName != null && paperName.chars().anyMatch(Character::isISOControl)) {
            // PostgreSQL text cannot hold NUL; no other control character belongs in a paper's name either.
            throw new InvalidRequestException("Tên thành phần hồ sơ chứa ký tự điều khiển không hợp lệ");
        }
        String name = safeName(fileName);
        dossier.attached(clock.instant(), user, name);
        dossiers.save(dossier);
        DossierAttachment saved = attachments.save(new DossierAttachment(dossier.id(), name, type,
                paperName == null || paperName.isBlank() ? null : paperName.strip(), content, clock.instant(), user));
        return new AttachmentSummary(saved.id(), name, type, content.length, paperName, clock.instant(), user);
    }

    public List<AttachmentSummary> list(String code) {
        return attachments.summaries(dossier(code).id());
    }

    @Transactional(readOnly = true)
    public DossierAttachment download(String code, long id) {
        DossierAttachment attachment = attachments.findByIdAndDossierId(id, dossier(code).id())
                .orElseThrow(() -> new NotFoundException("Không tìm thấy tệp " + id + " của hồ sơ " + code));
        attachment.content(); // loaded inside the transaction: the column is lazy
        return attachment;
    }

    private Dossier dossier(String code) {
        return dossiers.findByCode(code).orElseThrow(() -> new NotFoundException("Không tìm thấy hồ sơ " + code));
    }

    /** Only the last path segment, no control characters, at most 200 characters. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "tep-dinh-kem";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        return content.length >= signature.length
                && Arrays.equals(Arrays.copyOf(content, signature.length), signature);
    }
}
