package io.mooring.bmconnector;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class BmConnectorApplication {
  public static void main(String[] args) {
    SpringApplication.run(BmConnectorApplication.class, args);
  }
}
