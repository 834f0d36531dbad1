package vn.motcua.support;

import java.util.stream.Collectors;

/** Logs in to a Camunda webapp the way the browser does: fetch the CSRF token, then post the form. */
public final class WebappLogin {

    private WebappLogin() {
    }

    /** @return the HTTP status of the login to {@code app} (200 allowed, 401 bad password, 403 no access) */
    public static int status(int port, String user, String password, String app) {
        Http anonymous = Http.anonymous(port);
        Http.Response page = anonymous.get("/camunda/app/" + app + "/default/");
        String token = page.header("X-XSRF-TOKEN");
        String cookie = page.headers("Set-Cookie").stream()
                .map(header -> header.split(";", 2)[0])
                .collect(Collectors.joining("; "));
        return anonymous.postForm("/camunda/api/admin/auth/user/default/login/" + app,
                "username=" + user + "&password=" + password, token, cookie).status();
    }
}
