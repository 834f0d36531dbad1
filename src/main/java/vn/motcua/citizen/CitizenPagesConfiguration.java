package vn.motcua.citizen;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The citizens' public pages (static/tra-cuu/, static/danh-gia/): {@code /tra-cuu?ma=...} (the
 * receipt's QR code) and {@code /danh-gia?t=...} (the one-time rating link) keep their query.
 */
@Configuration
class CitizenPagesConfiguration implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        for (String page : new String[] {"/tra-cuu", "/danh-gia"}) {
            registry.addRedirectViewController(page, page + "/").setKeepQueryParams(true);
            registry.addViewController(page + "/").setViewName("forward:" + page + "/index.html");
        }
    }
}
