package vn.motcua.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import vn.motcua.web.ConflictException;
import vn.motcua.web.InvalidRequestException;
import vn.motcua.web.NotFoundException;
import vn.motcua.web.UniqueKeyRace;

/**
 * The engine's REST API answers 500 for anything a listener throws, because the engine wraps it. A
 * missing task or instance is the client's mistake too (400/404, not 500). A
 * refusal of what the user entered (a missing reason, a day off as new appointment, a dossier in the
 * wrong state) is the user's to correct: answer 400/404/409 with our Vietnamese message instead, in
 * the engine REST API's own error format. Two users completing the same task at once (a double click, two
 * officers on one shared task) collide on optimistic locking, in the engine's rows or in our dossier row,
 * or on unique keys of our tables: the loser gets 409 and reloads. Anything else keeps Camunda's answer.
 */
@Component
class EngineRestErrors implements ResourceConfigCustomizer {

    @Override
    public void customize(org.glassfish.jersey.server.ResourceConfig config) {
        config.register(EngineRefusals.class);
        config.register(RestRefusals.class);
    }

    /** Thrown by the engine straight through to the API. */
    @Priority(1) // before Camunda's own mapper for the same exception type
    public static class EngineRefusals implements ExceptionMapper<ProcessEngineException> {

        private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

        @Override
        public Response toResponse(ProcessEngineException exception) {
            return refusal(exception).orElseGet(() -> camunda.toResponse(exception));
        }
    }

    /** Most task and process endpoints wrap what the engine threw into a RestException with status 500. */
    @Priority(1)
    public static class RestRefusals implements ExceptionMapper<RestException> {

        private final RestExceptionHandler camunda = new RestExceptionHandler();

        @Override
        public Response toResponse(RestException exception) {
            return refusal(exception).orElseGet(() -> camunda.toResponse(exception));
        }
    }

    /** Shown to the officer who lost the race; the technical message names rows and classes. */
    static final String CONCURRENT_CHANGE = "Công việc vừa được người khác xử lý hoặc cập nhật, vui lòng tải lại và thử lại";

    static Optional<Response> refusal(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            // A unique key the loser hit (the winner already wrote the dossier's rating invitation) is the same race.
            if (cause instanceof OptimisticLockingException || cause instanceof OptimisticLockingFailureException
                    || UniqueKeyRace.lost(cause)) {
                return Optional.of(answer(409, cause.getClass().getSimpleName(), CONCURRENT_CHANGE));
            }
            Integer status = statusOf(cause);
            if (status != null) {
                return Optional.of(answer(status, cause.getClass().getSimpleName(), cause.getMessage()));
            }
        }
        return Optional.empty();
    }

    private static Response answer(int status, String type, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("message", message);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body).build();
    }

    private static Integer statusOf(Throwable cause) {
        if (cause instanceof InvalidRequestException || cause instanceof FormFieldValidationException
                || cause instanceof NullValueException) {
            return 400;
        }
        if (cause instanceof NotFoundException || cause instanceof org.camunda.bpm.engine.exception.NotFoundException) {
            return 404;
        }
        if (cause instanceof ConflictException) {
            return 409;
        }
        return null;
    }
}
