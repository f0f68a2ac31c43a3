package io.mooring.runner.journey;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests the {@link JourneyStack}: started by the first test that asks, shared by every test
 * class of the JVM, stopped when they are all done (JUnit closes what the root store holds).
 */
final class EmbeddedStack implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(EmbeddedStack.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == JourneyStack.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .computeIfAbsent(JourneyStack.class, key -> start(), JourneyStack.class);
  }

  private static JourneyStack start() {
    try {
      return JourneyStack.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
