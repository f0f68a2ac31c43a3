package io.mooring.runner.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the simulator's login dialog as a browser would: its form's hidden fields, and the person
 * chosen by default.
 */
public record LoginDialog(String action, Map<String, String> hiddenFields, String defaultPersonId) {
  private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]*)\"");
  private static final Pattern HIDDEN =
      Pattern.compile("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">");
  private static final Pattern CHECKED_PERSON =
      Pattern.compile("<input type=\"radio\" name=\"person_id\" value=\"([^\"]*)\" checked>");

  public static LoginDialog parse(String html) {
    Matcher action = FORM_ACTION.matcher(html);
    if (!action.find()) {
      throw new IllegalStateException("the simulator's login page has no form");
    }
    Map<String, String> hidden = new LinkedHashMap<>();
    Matcher field = HIDDEN.matcher(html);
    while (field.find()) {
      hidden.put(unescape(field.group(1)), unescape(field.group(2)));
    }
    Matcher person = CHECKED_PERSON.matcher(html);
    return new LoginDialog(
        unescape(action.group(1)), hidden, person.find() ? unescape(person.group(1)) : null);
  }

  /** The form's fields for "Continue as {@code personId}". */
  public Map<String, String> allow(String personId) {
    Map<String, String> form = new LinkedHashMap<>(hiddenFields);
    form.put("person_id", personId);
    form.put("decision", "allow");
    return form;
  }

  static String unescape(String html) {
    return html.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }
}
