package vn.thiduakhenthuong.registry;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The registry's page (static/so-khen-thuong/) at its short address, with or without the slash. */
@Configuration
class RegistryPage implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addViewController("/so-khen-thuong").setViewName("redirect:/so-khen-thuong/");
    registry.addViewController("/so-khen-thuong/").setViewName("forward:/so-khen-thuong/index.html");
  }
}
