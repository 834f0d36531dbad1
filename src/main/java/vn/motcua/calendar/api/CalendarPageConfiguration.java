package vn.motcua.calendar.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The public staff calendar page (static/lich/): {@code /lich} and {@code /lich/} serve its index.html.
 * The page itself only calls the public calendar API.
 */
@Configuration
class CalendarPageConfiguration implements WebMvcConfigurer {

    static final String PAGE = "/lich/";

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        // Keep ?thang=YYYY-MM: relative links in the page resolve against /lich/.
        registry.addRedirectViewController("/lich", PAGE).setKeepQueryParams(true);
        registry.addViewController(PAGE).setViewName("forward:" + PAGE + "index.html");
    }
}
