package lu.creativecluster.it.support;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Test infrastructure: a form as the browser loaded it (action, hidden fields such as the Faces
 * ViewState, the session cookie), sent again and again without a browser: how a script attacks a
 * sign-in form, and the only way to send many POSTs in a few seconds.
 */
public final class FormReplay {

  /** Every named control of the form that holds {@code #fieldId}, and the submit button. */
  private static final String READ_FORM =
      "const form = document.getElementById(arguments[0]).form;"
          + "const fields = {};"
          + "for (const e of form.elements) {"
          + "  if (!e.name) continue;"
          + "  if ((e.type === 'submit' || e.tagName === 'BUTTON') && e.id !== arguments[1]) continue;"
          + "  fields[e.name] = e.value;"
          + "}"
          + "return {action: form.action, fields: fields};";

  private final String action;
  private final Map<String, String> fields;
  private final Cookie session;

  private FormReplay(String action, Map<String, String> fields, Cookie session) {
    this.action = action;
    this.fields = fields;
    this.session = session;
  }

  /** Reads the form that holds {@code fieldId} on the browser's current page. */
  @SuppressWarnings("unchecked")
  public static FormReplay of(ChromeDriver browser, String fieldId, String submitId) {
    Map<String, Object> form =
        (Map<String, Object>) browser.executeScript(READ_FORM, fieldId, submitId);
    Map<String, String> fields = new HashMap<>();
    ((Map<String, Object>) form.get("fields"))
        .forEach((name, value) -> fields.put(name, String.valueOf(value)));
    return new FormReplay(
        String.valueOf(form.get("action")), fields, SitePages.sessionCookie(browser));
  }

  /**
   * Sends the form with some fields changed, given by element id (with prependId="false" forms the
   * id is the name; otherwise the control whose name ends with ":" + id).
   */
  public Response post(RequestSpecification client, Map<String, String> byId) {
    Map<String, String> sent = new HashMap<>(fields);
    byId.forEach((id, value) -> sent.put(nameOf(id), value));
    RequestSpecification request =
        client.redirects().follow(false).contentType("application/x-www-form-urlencoded");
    if (session != null) {
      request = request.cookie(session.getName(), session.getValue());
    }
    return request.formParams(sent).post(action);
  }

  private String nameOf(String id) {
    if (fields.containsKey(id)) {
      return id;
    }
    return fields.keySet().stream()
        .filter(name -> name.endsWith(":" + id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no field " + id + " in " + fields.keySet()));
  }
}
