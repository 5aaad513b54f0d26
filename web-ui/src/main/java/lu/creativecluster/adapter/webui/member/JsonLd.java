package lu.creativecluster.adapter.webui.member;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import lu.creativecluster.domain.member.MemberKind;
import lu.creativecluster.domain.member.MemberProfile;
import lu.creativecluster.domain.member.PublicMemberView;
import lu.creativecluster.domain.member.WebLink;
import lu.creativecluster.domain.shared.Language;

/**
 * View model helper: a member's public profile as schema.org JSON-LD, an {@code Organization} for
 * companies, associations and institutions and a {@code Person} for freelancers, written so that it
 * can stand inside a {@code <script type="application/ld+json">} element whatever the member typed.
 */
public final class JsonLd {

  private JsonLd() {}

  /**
   * @param profileUrl the absolute URL of the profile in the page's language (from {@code
   *     cluster.public-url})
   */
  static JsonObject of(
      PublicMemberView member, Language language, String profileUrl, List<String> sectorNames) {
    MemberProfile p = member.profile();
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("@context", "https://schema.org")
            .add("@type", p.kind() == MemberKind.FREELANCER ? "Person" : "Organization")
            .add("@id", profileUrl)
            .add("url", profileUrl)
            .add("name", p.displayName())
            .add("description", p.pitch().preferably(language));
    p.website().ifPresent(w -> json.add("sameAs", sameAs(w, p.socialLinks())));
    if (p.website().isEmpty() && !p.socialLinks().isEmpty()) {
      json.add("sameAs", links(p.socialLinks()));
    }
    JsonObjectBuilder address =
        Json.createObjectBuilder()
            .add("@type", "PostalAddress")
            .add("addressCountry", p.location().country().alpha2());
    if (!p.location().commune().isEmpty()) {
      address.add("addressLocality", p.location().commune());
    }
    json.add("address", address);
    member.contact().publicEmail().ifPresent(e -> json.add("email", e.value()));
    member.contact().publicPhone().ifPresent(t -> json.add("telephone", t.value()));
    JsonArrayBuilder knows = Json.createArrayBuilder();
    sectorNames.forEach(knows::add);
    p.keywords().forEach(k -> knows.add(k.value()));
    json.add(p.kind() == MemberKind.FREELANCER ? "knowsAbout" : "keywords", knows);
    if (p.kind() != MemberKind.FREELANCER) {
      p.yearFounded().ifPresent(y -> json.add("foundingDate", y.toString()));
    }
    JsonArrayBuilder spoken = Json.createArrayBuilder();
    p.languages().forEach(l -> spoken.add(l.value()));
    json.add("knowsLanguage", spoken);
    return json.build();
  }

  private static JsonArrayBuilder sameAs(WebLink website, List<WebLink> social) {
    JsonArrayBuilder all = Json.createArrayBuilder().add(website.toString());
    social.forEach(s -> all.add(s.toString()));
    return all;
  }

  private static JsonArrayBuilder links(List<WebLink> social) {
    JsonArrayBuilder all = Json.createArrayBuilder();
    social.forEach(s -> all.add(s.toString()));
    return all;
  }

  /**
   * The JSON as the content of a script element. JSON escapes only what JSON needs; inside HTML a
   * {@code </script>} or {@code <!--} in a member's text would end or change the element, so every
   * {@code <}, {@code >} and {@code &} is written as a JSON escape (which JSON parsers read back as
   * the same character), and so are U+2028 and U+2029 for old JavaScript parsers.
   */
  public static String forScriptElement(JsonObject json) {
    String text = json.toString();
    StringBuilder safe = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> safe.append("\\u003c");
        case '>' -> safe.append("\\u003e");
        case '&' -> safe.append("\\u0026");
        case '\u2028' -> safe.append("\\u2028");
        case '\u2029' -> safe.append("\\u2029");
        default -> safe.append(c);
      }
    }
    return safe.toString();
  }
}
