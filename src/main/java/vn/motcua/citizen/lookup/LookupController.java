package vn.motcua.citizen.lookup;

import java.time.Instant;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public (no login): {@code POST /api/public/lookup} with {@code {"code": "...", "lastFour": "1234"}}.
 * 200 with the status; 404 with the same message for an unknown code and a wrong second factor;
 * 429 once the client or the code has used up its failed attempts.
 */
@RestController
class LookupController {

    static final String NOT_FOUND = "Không tìm thấy hồ sơ khớp với mã hồ sơ và 4 số cuối đã nhập. "
            + "Vui lòng kiểm tra lại Giấy tiếp nhận hồ sơ và hẹn trả kết quả.";
    static final String TOO_MANY = "Ông/Bà đã nhập sai quá nhiều lần. Vui lòng thử lại sau ít phút "
            + "hoặc liên hệ Bộ phận Một cửa.";

    private final StatusLookup lookup;
    private final LookupAttempts attempts;

    LookupController(StatusLookup lookup, LookupAttempts attempts) {
        this.lookup = lookup;
        this.attempts = attempts;
    }

    record LookupRequest(
            @NotBlank(message = "chưa nhập mã hồ sơ") @Size(max = 64, message = "mã hồ sơ tối đa 64 ký tự") String code,
            @NotBlank(message = "chưa nhập 4 số cuối") @Size(max = 10, message = "chỉ nhập 4 số cuối") String lastFour) {
    }

    @PostMapping("/api/public/lookup")
    ResponseEntity<?> lookup(@Valid @RequestBody LookupRequest request, HttpServletRequest http) {
        // The remote address, not a forwarding header a client could forge; behind a reverse proxy set
        // server.forward-headers-strategy so that Tomcat puts the real client address here.
        String client = http.getRemoteAddr();
        Instant attempt = attempts.reserve(client, request.code());
        if (attempt == null) {
            return error(HttpStatus.TOO_MANY_REQUESTS, TOO_MANY);
        }
        return lookup.find(request.code(), request.lastFour().strip())
                .<ResponseEntity<?>>map(found -> {
                    attempts.succeeded(client, request.code(), attempt);
                    return ResponseEntity.ok(found);
                })
                .orElseGet(() -> error(HttpStatus.NOT_FOUND, NOT_FOUND));
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("status", status.value(), "message", message));
    }
}
