package vn.thiduakhenthuong.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thiduakhenthuong.BrowserSupport;

/** What a browser test of the app on its random port has: the port, a REST client's template, a Chromium per test. */
abstract class BrowserOnTheApp {

  @LocalServerPort int port;
  @Autowired TestRestTemplate template;
  WebDriver browser;

  @BeforeEach
  void open() {
    browser = BrowserSupport.chromium();
  }

  @AfterEach
  void close() {
    browser.quit();
  }
}
