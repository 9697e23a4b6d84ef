package vn.thiduakhenthuong;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The award nomination workflow (thi đua, khen thưởng): Camunda 7 engine, webapps and REST. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AwardsApplication {

  public static void main(String[] args) {
    SpringApplication.run(AwardsApplication.class, args);
  }
}
