package io.mooring.contracts.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.contracts.common.SealedSecret;
import io.mooring.contracts.envelope.MessageType;
import io.mooring.contracts.envelope.Messages;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A field that holds a token or secret must be a {@link SealedSecret}, never a plain string. */
class NoPlainTextSecretsTest {
  private static final Pattern SECRET_NAME =
      Pattern.compile("(?i).*(token|secret|password|credential).*");

  @Test
  void noMessageCarriesASecretInPlainText() {
    List<String> offenders = new ArrayList<>();
    for (MessageType<?> type : Messages.all()) {
      collectOffenders(type.payloadClass(), type.name(), offenders);
    }
    assertThat(offenders).isEmpty();
  }

  @Test
  void theCheckCatchesAPlainTextToken() {
    record Leaky(String pageAccessToken) {}
    List<String> offenders = new ArrayList<>();
    collectOffenders(Leaky.class, "Leaky", offenders);
    assertThat(offenders).containsExactly("Leaky.pageAccessToken");
  }

  private static void collectOffenders(Class<?> type, String path, List<String> offenders) {
    if (!type.isRecord() || type == SealedSecret.class) {
      return;
    }
    for (RecordComponent component : type.getRecordComponents()) {
      String componentPath = path + "." + component.getName();
      Class<?> componentType = elementType(component.getGenericType());
      if (SECRET_NAME.matcher(component.getName()).matches()
          && componentType != SealedSecret.class
          && !component.getName().endsWith("ExpiresAt")) {
        offenders.add(componentPath);
      }
      collectOffenders(componentType, componentPath, offenders);
    }
  }

  private static Class<?> elementType(Type type) {
    if (type instanceof ParameterizedType parameterized) {
      Type[] arguments = parameterized.getActualTypeArguments();
      return elementType(arguments[arguments.length - 1]);
    }
    return type instanceof Class<?> plain ? plain : Object.class;
  }
}
