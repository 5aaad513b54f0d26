package lu.creativecluster.it.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lu.creativecluster.it.support.PlatformDeployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

/**
 * A client's mistake is never an incident: a generated sweep of odd requests (methods, content
 * types, Accept and Accept-Language with broken q-values, percent escapes good and bad, raw bytes,
 * oversized headers and URLs, broken JSON, parameters that fail validation, stale and forged view
 * states posted to every form page, bearer garbage) gets no 5xx answer, and the server log gains no
 * ERROR line while it runs.
 *
 * <p>The requests come from many loopback addresses (127.0.1.x), so the per-address rate limits
 * seldom answer 429 instead of the part under test, and other tests' budgets stay untouched.
 */
class MalformedRequestSweepIT extends PlatformDeployment {

  private static final List<String> PAGES =
      List.of(
          "/",
          "/en/",
          "/de/sectors",
          "/fr/sectors",
          "/en/sign-in",
          "/de/forgot-password",
          "/fr/set-password?token=abc",
          "/en/staff/",
          "/en/staff/audit",
          "/en/staff/members/import",
          "/en/staff/partners",
          "/en/staff/mission-edit?id=%",
          "/en/account/member-data",
          "/en/sign-out",
          "/sign-in.xhtml",
          "/en/events",
          "/de/events/00000000-0000-0000-0000-000000000000",
          "/fr/events/cancel?token=abc",
          "/en/staff/events",
          "/en/no-such-page",
          "/favicon.svg");

  private static final List<String> API =
      List.of(
          "/api/v1/sectors",
          "/api/v1/sectors/music",
          "/api/v1/sectors/no-such-sector",
          "/api/v1/me",
          "/api/v1/audit-events",
          "/api/v1/members",
          "/api/v1/members?q=studio&sector=design&page=1&size=5",
          "/api/v1/members/no-such-member",
          "/api/v1/members/no-such-member/decisions",
          "/api/v1/members/export?format=csv",
          "/api/v1/members/import?dryRun=true",
          "/api/v1/members/no-such-member/personal-data",
          "/api/v1/members/no-such-member/contact-consent",
          // Cross-border cooperation (issue 10)
          "/api/v1/partners",
          "/api/v1/missions",
          "/api/v1/missions/00000000-0000-0000-0000-000000000000",
          "/api/v1/missions/00000000-0000-0000-0000-000000000000/calendar.ics",
          "/api/v1/export-overview",
          "/api/v1/export-overview/markets/FR",
          "/api/v1/staff/partners",
          "/api/v1/staff/partners/00000000-0000-0000-0000-000000000000",
          "/api/v1/staff/partners/00000000-0000-0000-0000-000000000000/archive",
          "/api/v1/staff/partners/00000000-0000-0000-0000-000000000000/cooperations",
          "/api/v1/staff/missions",
          "/api/v1/staff/missions/00000000-0000-0000-0000-000000000000/applications/"
              + "00000000-0000-0000-0000-000000000000/outcome",
          "/api/v1/cooperation-offers",
          "/api/v1/no-such-resource",
          // Inquiries (issue 9)
          "/api/v1/inquiries",
          "/api/v1/inquiries/no-such-token",
          "/api/v1/inquiries/no-such-token/messages",
          "/api/v1/inquiry-replies/no-such-token",
          "/api/v1/inquiry-replies/no-such-token/answer",
          "/api/v1/inquiry-replies/no-such-token/decline",
          "/api/v1/staff/inquiries",
          "/api/v1/staff/inquiries/close",
          "/api/v1/staff/inquiries/figures",
          "/api/v1/staff/inquiries/00000000-0000-0000-0000-000000000000/forward",
          "/api/v1/staff/inquiry-recipients/00000000-0000-0000-0000-000000000000",
          // Events (issue 11)
          "/api/v1/events",
          "/api/v1/events/calendar.ics",
          "/api/v1/events/00000000-0000-0000-0000-000000000000",
          "/api/v1/events/00000000-0000-0000-0000-000000000000/calendar.ics",
          "/api/v1/events/00000000-0000-0000-0000-000000000000/registrations",
          "/api/v1/events/registrations/no-such-token",
          "/api/v1/staff/events",
          "/api/v1/staff/events/00000000-0000-0000-0000-000000000000",
          "/api/v1/staff/events/00000000-0000-0000-0000-000000000000/attendance",
          // Projects and impact (issue 11)
          "/api/v1/projects",
          "/api/v1/projects/00000000-0000-0000-0000-000000000000",
          "/api/v1/projects/00000000-0000-0000-0000-000000000000/status",
          "/api/v1/impact",
          "/openapi");

  private static final List<String> METHODS =
      List.of(
          "GET",
          "HEAD",
          "POST",
          "PUT",
          "DELETE",
          "PATCH",
          "OPTIONS",
          "TRACE",
          "PROPFIND",
          "FOO",
          "get");

  private static final List<String> ACCEPTS =
      List.of(
          "text/html;q=x",
          "application/json;q=x",
          "*/*;q=2",
          "application/json;q=-1",
          "garbage",
          ";;;",
          "text/html;q=0.5;q=0.7",
          "application/json, text/*;q=",
          "/",
          "a/b/c",
          "application/xml",
          "text/html;level=\"",
          "application/json;charset=utf-99",
          "*/*;q=0");

  private static final List<String> LANGUAGES =
      List.of(
          "de;q=x",
          "xx-YY;q=0.5,*;q=abc",
          "en;q=1.5",
          ";",
          "de-DE-x-" + "y".repeat(300),
          "fr;q=0.5;q=0.9, ,,",
          "*;q=-1",
          "é;q=1",
          "zz");

  private static final List<String> ODD_PATHS =
      List.of(
          "/api/v1/sectors/[]",
          "/api/v1/sectors/{x}",
          "/api/v1/sectors/a|b",
          "/api/v1/sectors/a^b",
          "/api/v1/sectors/a\\b",
          "/api/v1/sectors/a`b",
          "/api/v1/sectors/%",
          "/api/v1/sectors/%zz",
          "/api/v1/sectors/%ff%fe",
          "/api/v1/sectors/%c0%ae%c0%ae",
          "/api/v1/sectors/%00",
          "/api/v1/sectors/%2F%2e%2E",
          "/api/v1/sectors?lang=%",
          "/api/v1/sectors?lang=[]",
          "/api/v1/sectors?lang=zz&lang=de",
          "/api/v1/sectors/music?x={}",
          "/api/v1/audit-events?from=garbage&limit=-1",
          "/api/v1/audit-events?limit=99999999999999999999",
          "/api/v1/audit-events?from=2026-13-45T99:99:99Z",
          "/api/v1/audit-events?type=%ZZ",
          "/api/v1/members?sector=%",
          "/api/v1/members?sector=no-such-sector&sector=design",
          "/api/v1/members?size=1000",
          "/api/v1/members?size=99999999999999999999",
          "/api/v1/members?page=-1",
          "/api/v1/members?page=x&size=",
          "/api/v1/members?q=%00%01",
          "/api/v1/members?q=" + "q".repeat(300),
          "/api/v1/members?q=a&q=b",
          "/api/v1/members?country=XX&market=%ZZ&wants=[]",
          "/api/v1/members?language=not%20a%20tag&kind=robot&keyword=x",
          "/api/v1/members?status=applied",
          "/api/v1/members?sort=random",
          "/api/v1/members?" + "sector=design&".repeat(60),
          "/api/v1/members/%",
          "/api/v1/members/%zz",
          "/api/v1/members/..",
          "/api/v1/members/A",
          "/api/v1/members/a%00b",
          "/api/v1/members/" + "m".repeat(500),
          // Cross-border cooperation (issue 10)
          "/api/v1/partners?country=%ZZ&country=DE",
          "/api/v1/missions?status=%00&country=[]&sector=%",
          "/api/v1/missions?from=2027-13-45&to=x",
          "/api/v1/missions?from=2027-03-01&to=2027-02-01",
          "/api/v1/missions?size=99999999999999999999&page=x",
          "/api/v1/missions?" + "status=open&".repeat(60),
          "/api/v1/missions/%",
          "/api/v1/missions/%zz/calendar.ics",
          "/api/v1/missions/1-1-1-1-1",
          "/api/v1/missions/" + "m".repeat(500),
          "/api/v1/staff/partners/%zz/cooperations/%",
          "/api/v1/staff/partners/" + "p".repeat(500) + "/reactivate",
          "/api/v1/staff/missions/%/applications/x/outcome",
          "/api/v1/cooperation-offers?x=%",
          "/api/v1/export-overview/markets/%00",
          "/api/v1/inquiries/%",
          "/api/v1/inquiries/" + "t".repeat(500),
          "/api/v1/inquiries/%00/messages",
          "/api/v1/inquiry-replies/%zz/answer",
          "/api/v1/staff/inquiries?status=lost&topic=astrology&overdue=maybe",
          "/api/v1/staff/inquiries?page=-1&size=1000&recipient=x",
          "/api/v1/staff/inquiries/figures?from=garbage&to=2026-13-45T99:99:99Z",
          "/api/v1/staff/inquiries/%zz",
          "/api/v1/events?kind=party&past=maybe&from=2027-13-45",
          "/api/v1/events?from=2027-03-01&to=2027-02-01&size=0&page=-1",
          "/api/v1/events?" + "kind=fair&".repeat(60),
          "/api/v1/events/%zz/calendar.ics",
          "/api/v1/events/1-1-1-1-1/registrations",
          "/api/v1/events/registrations/%00",
          "/api/v1/events/registrations/" + "t".repeat(500),
          "/api/v1/staff/events/%zz/attendance",
          "/api/v1/projects?kind=%00&status=lost&sector=%&year=99999&page=-1&size=x",
          "/api/v1/projects?" + "kind=export&".repeat(60),
          "/api/v1/projects/%zz",
          "/api/v1/projects/" + "p".repeat(500) + "/status",
          "/api/v1/impact?from=2027-13-45&to=x",
          "/api/v1/impact?year=1&from=2020-01-01",
          "/api/v1/impact?from=1900-01-01&to=2099-12-31",
          "/api/v1/impact?year=%00",
          "/en/impact?year=%00",
          "/en/impact?year=99999999999999999999",
          "/en/projects/%zz",
          "/en/projects/00000000-0000-0000-0000-000000000000",
          "/api//v1//sectors",
          "/api/v1/../v1/sectors",
          "/api/v1/sectors;jsessionid=x",
          "/en/sectors%00",
          "/en/sectors/[]",
          "/en/%",
          "/en/%zz",
          "/en/sectors?x=%",
          "/en/sectors?x=[]&y={}",
          "/en/sign-in?next=%",
          "/en/sign-in?next=//evil.example",
          "/en/sign-in?next=http://evil.example",
          "/en/sign-in?next=/%0d%0aSet-Cookie:x",
          "/en/set-password?token=%",
          "/en/set-password?token=[]",
          "/en/../WEB-INF/web.xml",
          "/WEB-INF/web.xml",
          "/en/sectors;a=b;c",
          "//en//sectors",
          "/EN/SECTORS",
          "/en/sectors.xhtml",
          "/sectors.xhtml?jakarta.faces.ViewState=x",
          "/jakarta.faces.resource/%",
          "/jakarta.faces.resource/../WEB-INF/web.xml.xhtml",
          "/jakarta.faces.resource/x.css.xhtml?ln=..",
          "/staff/audit.xhtml",
          "/*",
          "*",
          "/?" + "a".repeat(9000),
          "/api/v1/sectors/" + "a".repeat(9000),
          "/en/" + "é".repeat(200));

  private static final List<String> CONTENT_TYPES =
      List.of(
          "application/json",
          "application/json; charset=utf-99",
          "application/x-www-form-urlencoded",
          "multipart/form-data",
          "multipart/form-data; boundary=",
          "text/plain; charset=bogus",
          "application/xml",
          "garbage",
          ";",
          "application/problem+json");

  private static final List<String> BODIES =
      List.of(
          "{",
          "[1,2",
          "\"x\"",
          "null",
          "{\"a\":}",
          "a=%zz&b=%",
          "\u0000\u0001\u0002",
          "x".repeat(70_000));

  private static final List<String> AUTHORIZATIONS =
      List.of(
          "Bearer",
          "Bearer ",
          "Bearer a.b.c",
          "Bearer ....",
          "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.",
          "Bearer " + "A".repeat(9000),
          "bearer \u00ff\u00fe",
          "Basic !!!",
          "Basic " + "YTpi",
          "Negotiate x",
          "Digest username=\"a\"");

  private static final List<String> FORM_PAGES =
      List.of(
          "/en/sign-in",
          "/de/forgot-password",
          "/fr/set-password?token=abc",
          "/sign-in.xhtml",
          "/forgot-password.xhtml",
          "/en/sign-out",
          "/en/sectors",
          "/fr/events/cancel?token=abc",
          "/en/");

  @ArquillianResource URL base;

  private RawHttp http;
  private int sent;
  private final List<String> failures = new ArrayList<>();
  private final Map<Integer, Integer> statuses = new LinkedHashMap<>();

  @Test
  void oddRequests_neverGet5xx_norWriteAnErrorToTheLog() throws IOException {
    http = new RawHttp(base);
    ServerLog log = ServerLog.fromNow();

    methods();
    acceptHeaders();
    oddPathsAndQueries();
    bodiesAndContentTypes();
    oversizedHeadersAndRawBytes();
    authorizations();
    viewStates();

    List<String> errors = log.errors();
    System.out.println("MalformedRequestSweepIT: " + sent + " requests, statuses " + statuses);
    assertTrue(sent >= 1_000, "the sweep sent only " + sent + " requests");
    assertTrue(
        failures.isEmpty(),
        failures.size() + " answers 5xx of " + sent + ":\n" + String.join("\n", failures));
    assertTrue(
        errors.isEmpty(),
        errors.size() + " ERROR lines in the server log:\n" + String.join("\n", head(errors)));
  }

  private void methods() throws IOException {
    for (String method : METHODS) {
      for (String path : concat(PAGES, API)) {
        send(method, path, "", null);
        send(method, path, "Content-Type: application/json\r\n", "{".getBytes());
      }
    }
  }

  private void acceptHeaders() throws IOException {
    for (String path : concat(PAGES, API)) {
      for (String accept : ACCEPTS) {
        send("GET", path, "Accept: " + accept + "\r\n", null);
      }
      for (String language : LANGUAGES) {
        send("GET", path, "Accept-Language: " + language + "\r\n", null);
        send(
            "GET",
            path,
            "Accept: " + ACCEPTS.get(0) + "\r\nAccept-Language: " + language + "\r\n",
            null);
      }
    }
  }

  private void oddPathsAndQueries() throws IOException {
    for (String path : ODD_PATHS) {
      send("GET", path, "", null);
      send("POST", path, "Content-Type: application/x-www-form-urlencoded\r\n", "a=%".getBytes());
      send("GET", path, "Accept: text/html;q=x\r\n", null);
    }
  }

  private void bodiesAndContentTypes() throws IOException {
    for (String path :
        List.of(
            "/api/v1/sectors",
            "/api/v1/sectors/music",
            "/api/v1/me",
            "/api/v1/members/no-such-member",
            "/api/v1/members/no-such-member/decisions",
            "/en/sign-in",
            "/de/forgot-password")) {
      for (String type : CONTENT_TYPES) {
        for (String body : BODIES) {
          String method = body.length() % 2 == 0 ? "POST" : "PUT";
          send(
              method,
              path,
              "Content-Type: " + type + "\r\n",
              body.getBytes(StandardCharsets.UTF_8));
        }
      }
    }
  }

  private void oversizedHeadersAndRawBytes() throws IOException {
    for (String path : List.of("/en/sectors", "/api/v1/sectors", "/en/sign-in")) {
      send("GET", path, "X-Big: " + "b".repeat(20_000) + "\r\n", null);
      send("GET", path, "X-Big: " + "b".repeat(200_000) + "\r\n", null);
      send("GET", path, "Cookie: JSESSIONID=" + "c".repeat(5_000) + "\r\n", null);
      send("GET", path, "Cookie: JSESSIONID=\u00ff\u0001; ; =;\r\n", null);
      send("GET", path, "Content-Length: -1\r\n", null);
      send("GET", path, "Content-Length: x\r\n", null);
      send("POST", path, "Transfer-Encoding: chunked\r\n", "zz\r\nbad\r\n".getBytes());
      send("GET", path, "X-Forwarded-For: \u00ff, [::1, evil\r\n", null);
      send("GET", path, "Host: evil.example\r\nX-Forwarded-Proto: gopher\r\n", null);
      send("GET", path, "Range: bytes=9-1\r\n", null);
      send("GET", path, "If-Modified-Since: yesterday\r\n", null);
      for (int b : new int[] {0x00, 0x01, 0x7f, 0x80, 0xc0, 0xff, 0x0b, 0x22, 0x3c}) {
        byte[] raw =
            ("GET "
                    + path
                    + "/x"
                    + (char) b
                    + "y HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        exchange("raw byte 0x" + Integer.toHexString(b) + " in " + path, raw);
      }
    }
    exchange("no request line", "\r\n\r\n".getBytes());
    exchange("HTTP/0.9", "GET /\r\n".getBytes());
    exchange("HTTP/2 preface", "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes());
    exchange("bad version", "GET / HTTP/9.9\r\nHost: x\r\n\r\n".getBytes());
  }

  private void authorizations() throws IOException {
    for (String path :
        List.of(
            "/api/v1/me",
            "/api/v1/sectors",
            "/api/v1/audit-events",
            "/api/v1/members?status=applied",
            "/en/sectors",
            "/en/staff/")) {
      for (String authorization : AUTHORIZATIONS) {
        send("GET", path, "Authorization: " + authorization + "\r\n", null);
      }
    }
  }

  /**
   * Forged, stale and misplaced view states posted to every page with a form (and some without).
   */
  private void viewStates() throws IOException {
    Random random = new Random(6);
    for (String page : FORM_PAGES) {
      RawHttp.Answer fresh = http.send(next(), "GET", page, "", null);
      String viewState =
          match(fresh.body(), "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
      String formId = match(fresh.body(), "<form id=\"([^\"]*)\"");
      String cookie = fresh.header("Set-Cookie").map(c -> c.split(";")[0]).orElse("");
      List<String> fields = allMatches(fresh.body(), "<input[^>]*name=\"([^\"]*)\"");
      List<String> forged =
          List.of(
              "",
              "x",
              "-1",
              "1234:5678",
              "-8765432109876543210:1234567890123456789",
              "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA==",
              "stateless",
              "%zz",
              "0".repeat(5_000),
              Long.toString(random.nextLong()) + ":" + random.nextLong(),
              viewState);
      for (String state : forged) {
        for (boolean withCookie : new boolean[] {false, true}) {
          StringBuilder form = new StringBuilder();
          for (String field : fields) {
            if (!field.equals("jakarta.faces.ViewState")) {
              form.append(enc(field)).append('=').append(enc("probe@example.org")).append('&');
            }
          }
          if (!formId.isEmpty()) {
            form.append(enc(formId)).append('=').append(enc(formId)).append('&');
          }
          form.append("jakarta.faces.ViewState=").append(state.equals("%zz") ? state : enc(state));
          String headers =
              "Content-Type: application/x-www-form-urlencoded\r\n"
                  + (withCookie && !cookie.isEmpty() ? "Cookie: " + cookie + "\r\n" : "");
          send("POST", page, headers, form.toString().getBytes(StandardCharsets.UTF_8));
          send(
              "POST",
              page,
              headers + "Faces-Request: partial/ajax\r\n",
              (form + "&jakarta.faces.partial.ajax=true&jakarta.faces.source=x")
                  .getBytes(StandardCharsets.UTF_8));
          send("GET", page + (page.contains("?") ? "&" : "?") + form, headers, null);
        }
      }
      // A real view state posted to another page's URL.
      for (String other : FORM_PAGES) {
        send(
            "POST",
            other,
            "Content-Type: application/x-www-form-urlencoded\r\n"
                + (cookie.isEmpty() ? "" : "Cookie: " + cookie + "\r\n"),
            ("jakarta.faces.ViewState=" + enc(viewState)).getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  private void send(String method, String target, String headers, byte[] body) throws IOException {
    RawHttp.Answer answer = http.send(next(), method, target, headers, body);
    record(
        method + " " + abbreviate(target) + " [" + abbreviate(headers.replace("\r\n", " | ")) + "]",
        answer);
  }

  private void exchange(String what, byte[] raw) throws IOException {
    record(what, http.exchange(next(), raw));
  }

  private void record(String what, RawHttp.Answer answer) {
    sent++;
    statuses.merge(answer.status(), 1, Integer::sum);
    if (answer.status() >= 500) {
      failures.add(answer.status() + " for " + what);
    }
  }

  /** A fresh loopback source address every few requests (127.0.1.1 … 127.0.1.250). */
  private String next() {
    return "127.0.1." + (1 + (sent / 8) % 250);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static String match(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    return m.find() ? m.group(1).replace("&#58;", ":").replace("&amp;", "&") : "";
  }

  private static List<String> allMatches(String text, String regex) {
    List<String> all = new ArrayList<>();
    Matcher m = Pattern.compile(regex).matcher(text);
    while (m.find()) {
      all.add(m.group(1));
    }
    return all;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String abbreviate(String s) {
    return s.length() > 120 ? s.substring(0, 120) + "…(" + s.length() + ")" : s;
  }

  private static List<String> head(List<String> lines) {
    return lines.size() > 40 ? lines.subList(0, 40) : lines;
  }
}
