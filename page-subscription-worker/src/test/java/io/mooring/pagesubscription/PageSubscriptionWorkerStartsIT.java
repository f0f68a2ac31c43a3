package io.mooring.pagesubscription;

import io.mooring.testsupport.ServiceStartupContract;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("simulator")
class PageSubscriptionWorkerStartsIT extends ServiceStartupContract {}
