package lu.creativecluster.it.account;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lu.creativecluster.it.support.ClientAddress;

/**
 * Test infrastructure: one person with one cookie jar, using the site's pages over plain HTTP (no
 * browser): a page is fetched, its Faces form is read from the HTML (action, hidden fields with the
 * view state) and posted with the fields the person types. Requests come from their own loopback
 * address, so the sign-in counters of other tests are left alone.
 */
public final class HttpVisitor {

  private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)=\"([^\"]*)\"");

  private final String site;
  private final String address;
  private final CookieFilter cookies = new CookieFilter();

  public HttpVisitor(String site, String address) {
    this.site = site;
    this.address = address;
  }

  /** A page, without following redirects. */
  public Response get(String pathOrUrl) {
    return ClientAddress.from(address)
        .filter(cookies)
        .redirects()
        .follow(false)
        .get(absolute(pathOrUrl));
  }

  /**
   * Fetches the page, fills in its form and posts it by pressing {@code buttonId}, to the page's
   * own origin (a mailed link names the public URL's host, whose cookies are not the test URL's).
   */
  public Response submit(
      String pathOrUrl, String formId, String buttonId, Map<String, String> typed) {
    Response page = get(pathOrUrl);
    assertTrue(page.statusCode() == 200, pathOrUrl + " answered " + page.statusCode());
    String html = page.asString();
    Matcher form =
        Pattern.compile(
                "<form\\b[^>]*\\bid=\"" + Pattern.quote(formId) + "\"[^>]*>(.*?)</form>",
                Pattern.DOTALL)
            .matcher(html);
    assertTrue(form.find(), "no form " + formId + " on " + pathOrUrl);
    Map<String, String> formAttributes =
        attributes(form.group().substring(0, form.group().indexOf('>')));
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher inputs = INPUT.matcher(form.group(1));
    while (inputs.find()) {
      Map<String, String> input = attributes(inputs.group());
      if ("hidden".equalsIgnoreCase(input.get("type")) && input.containsKey("name")) {
        fields.put(input.get("name"), unescape(input.getOrDefault("value", "")));
      }
    }
    fields.putAll(typed);
    fields.put(buttonId, buttonId);
    return ClientAddress.from(address)
        .filter(cookies)
        .redirects()
        .follow(false)
        .contentType("application/x-www-form-urlencoded; charset=UTF-8")
        .formParams(fields)
        .post(URI.create(absolute(pathOrUrl)).resolve(unescape(formAttributes.get("action"))));
  }

  private String absolute(String pathOrUrl) {
    return pathOrUrl.startsWith("http") ? pathOrUrl : site + pathOrUrl;
  }

  private static Map<String, String> attributes(String tag) {
    Map<String, String> attributes = new LinkedHashMap<>();
    Matcher m = ATTRIBUTE.matcher(tag);
    while (m.find()) {
      attributes.put(m.group(1).toLowerCase(), m.group(2));
    }
    return attributes;
  }

  private static String unescape(String html) {
    return html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
