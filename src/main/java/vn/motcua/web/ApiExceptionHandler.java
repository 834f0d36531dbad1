package vn.motcua.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Our API answers bad input with a 4xx and a message a commune official understands, never a 500
 * with a stack trace. Body: {@code {"status": 400, "message": "..."}}.
 */
@RestControllerAdvice
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidRequestException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(NotFoundException e) {
        return error(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Map<String, Object>> conflict(ConflictException e) {
        return error(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Map<String, Object>> concurrentChange(OptimisticLockingFailureException e) {
        return error(HttpStatus.CONFLICT, "Hồ sơ vừa được người khác cập nhật, vui lòng tải lại và thử lại");
    }

    /** Two requests raced to write the same unique thing (a double tap, a retry): the second one loses. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Map<String, Object>> duplicate(DataIntegrityViolationException e) {
        if (!UniqueKeyRace.lost(e)) {
            return unexpected(e);
        }
        return error(HttpStatus.CONFLICT, "Dữ liệu này vừa được ghi nhận bởi một yêu cầu khác, vui lòng tải lại và kiểm tra");
    }

    /** Bean Validation of a request body: one message per field, in Vietnamese. */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Map<String, Object>> invalidBody(MethodArgumentNotValidException e) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(field -> Map.of("field", field.getField(), "message",
                        field.getDefaultMessage() == null ? "giá trị không hợp lệ" : field.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(Map.of("status", 400,
                "message", "Dữ liệu không hợp lệ: " + errors.stream().map(error -> error.get("field") + " – "
                        + error.get("message")).collect(Collectors.joining("; ")),
                "errors", errors));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missingParameter(MissingServletRequestParameterException e) {
        return error(HttpStatus.BAD_REQUEST, "Thiếu tham số bắt buộc: " + e.getParameterName());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> wrongType(MethodArgumentTypeMismatchException e) {
        return error(HttpStatus.BAD_REQUEST, "Giá trị không hợp lệ cho tham số " + e.getName() + ": " + e.getValue());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return error(HttpStatus.BAD_REQUEST, "Dữ liệu gửi lên không đúng định dạng");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, Object>> method(HttpRequestMethodNotSupportedException e) {
        return error(HttpStatus.METHOD_NOT_ALLOWED, "Phương thức " + e.getMethod() + " không được hỗ trợ");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<Map<String, Object>> noResource(NoResourceFoundException e) {
        return error(HttpStatus.NOT_FOUND, "Không tìm thấy địa chỉ yêu cầu");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e) {
        return error(HttpStatus.PAYLOAD_TOO_LARGE, "Tệp gửi lên quá lớn (tối đa 10 MB)");
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<Map<String, Object>> missingPart(MissingServletRequestPartException e) {
        return error(HttpStatus.BAD_REQUEST, "Thiếu tệp gửi lên: " + e.getRequestPartName());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException e) {
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Dữ liệu phải gửi dưới dạng JSON (Content-Type: application/json)");
    }

    /** A rule broken inside a process step reaches us wrapped by the engine: answer with the rule's own message. */
    @ExceptionHandler(ProcessEngineException.class)
    ResponseEntity<Map<String, Object>> engine(ProcessEngineException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof AuthorizationException) {
                return denied(new AccessDeniedException(cause.getMessage()));
            }
            if (cause instanceof ConflictException conflict) {
                return error(HttpStatus.CONFLICT, conflict.getMessage());
            }
            if (cause instanceof OptimisticLockingException || cause instanceof OptimisticLockingFailureException) {
                return error(HttpStatus.CONFLICT, "Hồ sơ vừa được người khác cập nhật, vui lòng tải lại và thử lại");
            }
            if (cause instanceof InvalidRequestException invalid) {
                return error(HttpStatus.BAD_REQUEST, invalid.getMessage());
            }
        }
        return unexpected(e);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, Object>> denied(AccessDeniedException e) {
        return error(HttpStatus.FORBIDDEN, "Tài khoản của bạn không có quyền sử dụng chức năng này");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> unexpected(Exception e) {
        log.error("Unexpected error", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên");
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("status", status.value(), "message", message));
    }
}
