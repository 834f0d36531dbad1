package vn.motcua.procedure;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The staff catalogue page (static/mot-cua/thu-tuc/), which only calls {@code GET /api/procedures}. */
@Configuration
class ProcedurePageConfiguration implements WebMvcConfigurer {

    static final String PAGE = "/mot-cua/thu-tuc/";

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/mot-cua/thu-tuc", PAGE);
        registry.addViewController(PAGE).setViewName("forward:" + PAGE + "index.html");
    }
}
