package io.mooring.provisioner;

import io.mooring.testsupport.ServiceStartupContract;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SystemUserProvisionerStartsIT extends ServiceStartupContract {}
