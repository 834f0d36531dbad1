package vn.motcua.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Our staff pages are static folders under {@code static/mot-cua/<page>/}: {@code /mot-cua/<page>/}
 * serves the folder's index.html (the pattern keeps the path to one plain segment), and
 * {@code /mot-cua/<page>} redirects there so the page's relative links resolve.
 */
@Controller
class StaffPages {

    @GetMapping("/mot-cua/{page:[a-z][a-z-]*}/")
    String page(@PathVariable String page) {
        return "forward:/mot-cua/" + page + "/index.html";
    }

    @GetMapping("/mot-cua/{page:[a-z][a-z-]*}")
    String withoutSlash(@PathVariable String page) {
        return "redirect:/mot-cua/" + page + "/";
    }
}
