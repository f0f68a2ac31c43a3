package io.mooring.graphsimulator.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParamParsingTest {

  @Test
  void fieldsKeepTopLevelNamesOnly() {
    assertThat(Fields.parse("name,business{id,name},access_token,feed.limit(5)"))
        .containsExactly("name", "business", "access_token", "feed");
    assertThat(Fields.parse(" ")).isEmpty();
  }

  @Test
  void listsComeAsCommaListsOrJsonArrays() {
    assertThat(ListParam.parse("MANAGE, ANALYZE")).containsExactly("MANAGE", "ANALYZE");
    assertThat(ListParam.parse("[\"MANAGE\",\"ANALYZE\"]")).containsExactly("MANAGE", "ANALYZE");
    assertThat(ListParam.parse("[]")).isEmpty();
  }

  @Test
  void errorObjectsHaveMetasShape() {
    GraphError error = GraphErrors.error("OAuthException", 190, 460, "msg");
    assertThat(error.toBody("trace").get("error"))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
        .containsEntry("message", "msg")
        .containsEntry("type", "OAuthException")
        .containsEntry("code", 190)
        .containsEntry("error_subcode", 460)
        .containsEntry("is_transient", false)
        .containsEntry("fbtrace_id", "trace");
    assertThat(GraphErrors.error("OAuthException", 100, null, "m").toBody("t").get("error"))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
        .doesNotContainKey("error_subcode");
    assertThat(GraphErrors.isTransient(80001)).isTrue();
    assertThat(GraphErrors.isTransient(190)).isFalse();
  }
}
