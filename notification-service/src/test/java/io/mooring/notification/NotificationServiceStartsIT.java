package io.mooring.notification;

import io.mooring.testsupport.ServiceStartupContract;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/** Closed after the class, so its Kafka consumers do not take partitions from the next class. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class NotificationServiceStartsIT extends ServiceStartupContract {}
