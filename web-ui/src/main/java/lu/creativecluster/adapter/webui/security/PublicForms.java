package lu.creativecluster.adapter.webui.security;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import lu.creativecluster.domain.shared.Language;

/**
 * Security adapter: the pages whose forms anyone may post (sign-in, forgot-password, set-password,
 * the membership application), by URL ({@code /de/sign-in}) or Faces view ({@code /sign-in.xhtml}).
 * Their posts are rate-limited per client address.
 */
final class PublicForms {

  static final List<String> PAGES =
      List.of(
          "sign-in",
          "forgot-password",
          "set-password",
          "members/apply",
          "member-apply",
          // Issue 9: asking, following up and a recipient's reply send mail.
          "inquiries/new",
          "inquiry-new",
          "inquiries/track",
          "inquiry-track",
          "inquiries/reply",
          "inquiry-reply",
          // Issue 11: registering for an event and cancelling send mail.
          "events/cancel",
          "event-cancel",
          "event");

  private static final String FACES_SUFFIX = ".xhtml";

  private PublicForms() {}

  static boolean isPublicForm(String path) {
    if (path == null) {
      return false;
    }
    String p = path;
    int semicolon = p.indexOf(';');
    if (semicolon >= 0) {
      p = p.substring(0, semicolon);
    }
    List<String> segments =
        Arrays.stream(p.toLowerCase(Locale.ROOT).split("/")).filter(s -> !s.isEmpty()).toList();
    if (!segments.isEmpty() && isLanguage(segments.get(0))) {
      segments = segments.subList(1, segments.size());
    }
    if (segments.isEmpty()) {
      return false;
    }
    String page = String.join("/", segments);
    if (page.endsWith(FACES_SUFFIX)) {
      page = page.substring(0, page.length() - FACES_SUFFIX.length());
    }
    // An event's page (events/{id}) holds the registration form.
    return PAGES.contains(page) || (page.startsWith("events/") && page.indexOf('/', 7) < 0);
  }

  private static boolean isLanguage(String segment) {
    return Arrays.stream(Language.values()).anyMatch(l -> l.code().equals(segment));
  }
}
