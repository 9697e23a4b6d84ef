package vn.thiduakhenthuong.security;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Our own pages beside the webapps (static/so-khen-thuong/: the registry; static/de-nghi-cua-don-vi/: a unit's
 * nominations; static/huong-dan/: the user guide) at their short addresses, with or without the slash.
 */
@Configuration
class OwnPages implements WebMvcConfigurer {

  static final List<String> PAGES = List.of("so-khen-thuong", "de-nghi-cua-don-vi", "huong-dan");

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    for (String page : PAGES) {
      registry.addViewController("/" + page).setViewName("redirect:/" + page + "/");
      registry.addViewController("/" + page + "/").setViewName("forward:/" + page + "/index.html");
    }
  }
}
