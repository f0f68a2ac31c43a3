package io.mooring.pagesubscription;

import io.mooring.testsupport.ServiceStartupContract;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PageSubscriptionWorkerStartsIT extends ServiceStartupContract {}
