package vn.motcua.iso;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The auditor's page (static/mot-cua/kiem-tra/): {@code /mot-cua/kiem-tra} and {@code .../} serve its index.html. */
@Configuration
class AuditorPageConfiguration implements WebMvcConfigurer {

    static final String PAGE = "/mot-cua/kiem-tra/";

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/mot-cua/kiem-tra", PAGE).setKeepQueryParams(true);
        registry.addViewController(PAGE).setViewName("forward:" + PAGE + "index.html");
    }
}
