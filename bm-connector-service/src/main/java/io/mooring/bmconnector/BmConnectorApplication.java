package io.mooring.bmconnector;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class BmConnectorApplication {
  public static void main(String[] args) {
    SpringApplication.run(BmConnectorApplication.class, args);
  }
}
