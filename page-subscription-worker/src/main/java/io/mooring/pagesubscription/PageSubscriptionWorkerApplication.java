package io.mooring.pagesubscription;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PageSubscriptionWorkerApplication {
  public static void main(String[] args) {
    SpringApplication.run(PageSubscriptionWorkerApplication.class, args);
  }
}
