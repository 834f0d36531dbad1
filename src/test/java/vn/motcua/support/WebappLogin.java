package vn.motcua.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Logs in to a Camunda webapp the way the browser does: fetch the CSRF token, then post the form. */
public final class WebappLogin {

    private WebappLogin() {
    }

    /** @return the HTTP status of the login to {@code app} (200 allowed, 401 bad password, 403 no access) */
    public static int status(int port, String user, String password, String app) {
        return login(port, user, password, app).response().status();
    }

    /** @return the cookies of a browser signed in to {@code app} as {@code user} (demo password) */
    public static String session(int port, String user, String app) {
        Login login = login(port, user, Http.DEMO_PASSWORD, app);
        if (login.response().status() != 200) {
            throw new IllegalStateException(user + " could not log in to " + app + ": " + login.response().status()
                    + " " + login.response().body());
        }
        return login.cookies();
    }

    /** Logs out of the webapps the way the browser's "Đăng xuất" does. */
    public static int logout(int port, String cookies) {
        // The session got a new id at login and with it a new CSRF token: the next page load hands it out.
        Http browser = Http.withSession(port, cookies);
        Http.Response page = browser.get("/camunda/app/tasklist/default/");
        Map<String, String> jar = new LinkedHashMap<>();
        remember(jar, List.of(cookies.split("; ")));
        remember(jar, page.headers("Set-Cookie"));
        String token = page.header("X-XSRF-TOKEN") != null ? page.header("X-XSRF-TOKEN") : jar.get("XSRF-TOKEN");
        return Http.anonymous(port).postForm("/camunda/api/admin/auth/user/default/logout", "", token, header(jar))
                .status();
    }

    private record Login(Http.Response response, String cookies) {
    }

    private static Login login(int port, String user, String password, String app) {
        Http anonymous = Http.anonymous(port);
        Http.Response page = anonymous.get("/camunda/app/" + app + "/default/");
        Map<String, String> cookies = new LinkedHashMap<>();
        remember(cookies, page.headers("Set-Cookie"));
        Http.Response login = anonymous.postForm("/camunda/api/admin/auth/user/default/login/" + app,
                "username=" + user + "&password=" + password, page.header("X-XSRF-TOKEN"), header(cookies));
        // The webapp may issue a new session id at login (session fixation): the latest cookie wins.
        remember(cookies, login.headers("Set-Cookie"));
        return new Login(login, header(cookies));
    }

    private static void remember(Map<String, String> cookies, List<String> setCookies) {
        setCookies.stream().map(header -> header.split(";", 2)[0].split("=", 2))
                .forEach(pair -> cookies.put(pair[0], pair.length > 1 ? pair[1] : ""));
    }

    private static String header(Map<String, String> cookies) {
        return cookies.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining("; "));
    }
}
