package io.mooring.runner.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LoginDialogTest {

  /** The shape of the simulator's login page (graph-simulator LoginPage), HTML-escaped. */
  private static final String PAGE =
      "<!DOCTYPE html><html><body><main><h1>Mooring is requesting access</h1>"
          + "<form method=\"post\" action=\"/dialog/oauth/confirm\">"
          + "<input type=\"hidden\" name=\"client_id\" value=\"808000000000001\">"
          + "<input type=\"hidden\" name=\"redirect_uri\""
          + " value=\"http://localhost:8080/api/business-managers/connections/callback\">"
          + "<input type=\"hidden\" name=\"scopes\" value=\"business_management,pages_show_list\">"
          + "<input type=\"hidden\" name=\"state\" value=\"a&amp;b&quot;c\">"
          + "<fieldset><legend>Continue as</legend>"
          + "<label><input type=\"radio\" name=\"person_id\" value=\"100001\" checked> Ana</label>"
          + "<label><input type=\"radio\" name=\"person_id\" value=\"100002\"> Ben</label>"
          + "</fieldset></form></main></body></html>";

  @Test
  void readsTheFormAsABrowserWould() {
    LoginDialog dialog = LoginDialog.parse(PAGE);

    assertThat(dialog.action()).isEqualTo("/dialog/oauth/confirm");
    assertThat(dialog.defaultPersonId()).isEqualTo("100001");
    assertThat(dialog.hiddenFields())
        .containsEntry("client_id", "808000000000001")
        .containsEntry(
            "redirect_uri", "http://localhost:8080/api/business-managers/connections/callback")
        .containsEntry("state", "a&b\"c");
  }

  @Test
  void allowSendsTheHiddenFieldsThePersonAndTheDecision() {
    assertThat(LoginDialog.parse(PAGE).allow("100002"))
        .containsEntry("person_id", "100002")
        .containsEntry("decision", "allow")
        .containsEntry("scopes", "business_management,pages_show_list")
        .hasSize(6);
  }

  @Test
  void aPageWithoutAFormIsAnError() {
    assertThatThrownBy(() -> LoginDialog.parse("<html><p>Sorry, something went wrong</p></html>"))
        .hasMessageContaining("no form");
  }
}
