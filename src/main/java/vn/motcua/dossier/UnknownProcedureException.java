package vn.motcua.dossier;

import vn.motcua.web.NotFoundException;

/** No deployed model declares this national procedure code; answered with 404. */
public class UnknownProcedureException extends NotFoundException {

    public UnknownProcedureException(String code) {
        super("Không tìm thấy thủ tục hành chính có mã " + code + " trong danh mục của xã");
    }
}
