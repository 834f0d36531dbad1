package vn.motcua.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small HTTP client for tests that talk to the running application as a given user. */
public final class Http {

    public static final String DEMO_PASSWORD = "MotCua@2026";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String baseUrl;
    private final String authorization;
    private final Map<String, String> headers;

    private Http(String baseUrl, String authorization) {
        this(baseUrl, authorization, Map.of());
    }

    private Http(String baseUrl, String authorization, Map<String, String> headers) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
        this.headers = headers;
    }

    /** A browser signed in to the Camunda webapps: no Authorization header, only the session cookie. */
    public static Http withSession(int port, String cookie) {
        return new Http("http://localhost:" + port, null, Map.of("Cookie", cookie));
    }

    /** The same client sending one more header on every request. */
    public Http withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Http(baseUrl, authorization, more);
    }

    public static Http anonymous(int port) {
        return new Http("http://localhost:" + port, null);
    }

    public static Http as(int port, String user) {
        return as(port, user, DEMO_PASSWORD);
    }

    public static Http as(int port, String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Http("http://localhost:" + port, "Basic " + token);
    }

    public Response get(String path) {
        return send(builder(path).GET());
    }

    public Response delete(String path) {
        return send(builder(path).DELETE());
    }

    public Response post(String path, String json) {
        return send(builder(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Response put(String path, String json) {
        return send(builder(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** Any method with an optional JSON body (null: none), for table-driven tests. */
    public Response send(String method, String path, String json) {
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
        return send(builder(path).header("Content-Type", "application/json").method(method, body));
    }

    /** Any method with a text body sent under the given content type (for content-type negotiation tests). */
    public Response sendWithType(String method, String path, String contentType, String text) {
        return send(builder(path).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(text == null ? "" : text, StandardCharsets.UTF_8)));
    }

    /** A multipart upload of one file in part {@code field}, with optional extra text parts. */
    public Response postMultipart(String path, String field, String fileName, String contentType, byte[] content,
                                  java.util.Map<String, String> textParts) {
        String boundary = "----motcua" + Long.toHexString(System.nanoTime());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        textParts.forEach((name, value) -> out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(builder(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }

    public Response postForm(String path, String form, String csrfToken, String cookie) {
        HttpRequest.Builder builder = builder(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8));
        if (csrfToken != null) {
            builder.header("X-XSRF-TOKEN", csrfToken);
        }
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        return send(builder);
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "*/*");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        headers.forEach(builder::header);
        return builder;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            return new Response(client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(HttpResponse<String> raw) {

        public int status() {
            return raw.statusCode();
        }

        public String body() {
            return raw.body();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public java.util.List<String> headers(String name) {
            return raw.headers().allValues(name);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON: " + raw.body(), e);
            }
        }
    }
}
