package io.mooring.provisioner;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SystemUserProvisionerApplication {
  public static void main(String[] args) {
    SpringApplication.run(SystemUserProvisionerApplication.class, args);
  }
}
