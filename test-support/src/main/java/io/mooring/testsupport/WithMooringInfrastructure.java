package io.mooring.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Points a Spring Boot test at the shared test Kafka broker and a database of its own on the shared
 * MongoDB ({@code spring.kafka.bootstrap-servers}, {@code spring.mongodb.uri}). The mode comes from
 * {@code -Dmooring.test.infrastructure} unless {@link #mode()} forces one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface WithMooringInfrastructure {
  /** Leave empty to follow the system property. */
  InfrastructureMode[] mode() default {};
}
