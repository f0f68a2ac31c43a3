package io.mooring.runner.infra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailboxPageTest {

  @Test
  void escapesWhatAnEmailSays() {
    assertThat(MailboxPage.esc("<script>alert('x')</script> & \"q\""))
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
  }

  @Test
  void makesLinksClickableKeepingTheirEscapedQuery() {
    String text = MailboxPage.esc("Download: http://localhost:8080/r/1.xlsx?a=1&b=2\nBye");

    assertThat(MailboxPage.linkify(text))
        .isEqualTo(
            "Download: <a href=\"http://localhost:8080/r/1.xlsx?a=1&amp;b=2\">"
                + "http://localhost:8080/r/1.xlsx?a=1&amp;b=2</a>\nBye");
  }
}
