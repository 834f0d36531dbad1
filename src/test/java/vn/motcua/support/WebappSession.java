package vn.motcua.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A browser's session with the Camunda webapps: the session cookie and CSRF token the login leaves,
 * sent with every later call to /camunda/api/... the way the webapps' own scripts do.
 */
public final class WebappSession {

    private static final List<String> APPS = List.of("tasklist", "cockpit", "admin", "welcome");

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String baseUrl;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrfToken;

    private WebappSession(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    /** A visitor who opened the webapp but did not log in: has a CSRF token, no authentication. */
    public static WebappSession anonymous(int port) {
        WebappSession session = new WebappSession(port);
        session.send(session.request("/camunda/app/welcome/default/").GET());
        return session;
    }

    /** Logged in to the first webapp the user may open (Tasklist, Cockpit, Admin, then the welcome page). */
    public static WebappSession loggedIn(int port, String user, String password) {
        WebappSession session = anonymous(port);
        for (String app : APPS) {
            HttpResponse<String> login = session.send(session.request("/camunda/api/admin/auth/user/default/login/" + app)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password,
                            StandardCharsets.UTF_8)));
            if (login.statusCode() == 200) {
                return session;
            }
        }
        return session;
    }

    public Http.Response get(String path) {
        return new Http.Response(send(request(path).GET()));
    }

    /** As the webapps' and our pages' scripts call: JSON, with the AJAX header our API requires for a session. */
    public Http.Response send(String method, String path, String json) {
        return send(method, path, json, true);
    }

    /** {@code ajax = false}: as a cross-site form would post, without the X-Requested-With header. */
    public Http.Response send(String method, String path, String json, boolean ajax) {
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json").method(method, body);
        if (ajax) {
            request.header("X-Requested-With", "XMLHttpRequest");
        }
        return new Http.Response(send(request));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "application/json");
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        if (csrfToken != null) {
            builder.header("X-XSRF-TOKEN", csrfToken);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            response.headers().allValues("Set-Cookie").forEach(header -> {
                String[] pair = header.split(";", 2)[0].split("=", 2);
                cookies.put(pair[0], pair.length > 1 ? pair[1] : "");
            });
            response.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> csrfToken = token);
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
