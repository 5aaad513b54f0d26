package lu.creativecluster.adapter.webui.member;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import lu.creativecluster.domain.member.CountryCode;
import lu.creativecluster.domain.member.Keyword;
import lu.creativecluster.domain.member.LanguageTag;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.member.MemberProfile;
import lu.creativecluster.domain.member.ProfileText;
import lu.creativecluster.domain.member.PublicMemberView;
import lu.creativecluster.domain.member.WebLink;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.Language;

/**
 * View model: a member's profile page in one language: every public field, labels already
 * translated; the private fields only when the viewer may see the whole record (staff, the member).
 *
 * @param pitch in the visitor's language, else the first the member wrote; {@code pitchLang} says
 *     which
 * @param kindKey bundle key of the kind; {@code teamSizeKey} likewise, empty when not given
 * @param privateDetails present only for staff and the member itself
 */
public record ProfileView(
    String slug,
    String name,
    String kindKey,
    List<String> sectors,
    String pitch,
    String pitchLang,
    String description,
    String descriptionLang,
    List<Link> keywords,
    List<String> skills,
    List<Link> portfolio,
    String place,
    String website,
    String websiteHost,
    List<Link> socialLinks,
    String email,
    String phone,
    String languages,
    String yearFounded,
    String teamSizeKey,
    String marketsServed,
    String marketsWanted,
    boolean wantsExportHelp,
    String memberSince,
    String memberSinceDatetime,
    long version,
    PrivateView privateDetails) {

  /** A link the member gave, with what people read ({@code kindKey} empty for social links). */
  public record Link(String title, String url, String kindKey) {}

  /** What only staff and the member see. */
  public record PrivateView(
      String statusKey, String legalName, String registrationNumber, String internalNotes) {}

  static final ZoneId ZONE = ZoneId.of("Europe/Luxembourg");

  /**
   * @param full the whole record, or {@code null} when the viewer sees only the public view
   * @param directoryPath the directory's path in the page's language, for the keyword links
   */
  static ProfileView of(
      PublicMemberView member, Member full, MemberLabels labels, String directoryPath) {
    MemberProfile p = member.profile();
    Language language = labels.language();
    Language pitchLanguage = shownLanguage(p.pitch(), language);
    Language descriptionLanguage = shownLanguage(p.description(), language);
    return new ProfileView(
        member.slug().value(),
        p.displayName(),
        "member.kind." + p.kind().code(),
        p.sectors().all().stream().map(SectorCode::value).map(labels::sector).toList(),
        p.pitch().values().get(pitchLanguage),
        pitchLanguage.code(),
        p.description().values().get(descriptionLanguage),
        descriptionLanguage.code(),
        p.keywords().stream()
            .map(Keyword::value)
            .map(k -> new Link(k, directoryPath + "?keyword=" + encoded(k), ""))
            .toList(),
        p.skills(),
        p.portfolio().stream()
            .map(
                l ->
                    new Link(l.title(), l.link().toString(), "member.portfolio." + l.kind().code()))
            .toList(),
        MemberCard.place(p.location().commune(), labels.country(p.location().country().alpha2())),
        p.website().map(WebLink::toString).orElse(""),
        p.website().map(WebLink::host).orElse(""),
        p.socialLinks().stream().map(l -> new Link(l.host(), l.toString(), "")).toList(),
        member.contact().publicEmail().map(e -> e.value()).orElse(""),
        member.contact().publicPhone().map(t -> t.value()).orElse(""),
        String.join(
            ", ",
            p.languages().stream().map(LanguageTag::value).map(labels::spokenLanguage).toList()),
        p.yearFounded().map(Object::toString).orElse(""),
        p.teamSize()
            .map(t -> "member.teamSize." + t.name().toLowerCase(java.util.Locale.ROOT))
            .orElse(""),
        countries(p.export().marketsServed(), labels),
        countries(p.export().marketsWanted(), labels),
        p.export().wantsExportHelp(),
        member.memberSince().map(at -> date(at, language)).orElse(""),
        member.memberSince().map(at -> at.atZone(ZONE).toLocalDate().toString()).orElse(""),
        member.version(),
        full == null
            ? null
            : new PrivateView(
                "member.status." + full.status().code(),
                full.privateDetails().legalName(),
                full.privateDetails().registrationNumber(),
                full.privateDetails().internalNotes()));
  }

  /** The page's language if the member wrote the text in it, else the first it has. */
  static Language shownLanguage(ProfileText text, Language wanted) {
    Map<Language, String> values = text.values();
    return values.containsKey(wanted) ? wanted : values.keySet().iterator().next();
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String countries(java.util.Collection<CountryCode> codes, MemberLabels labels) {
    return String.join(
        ", ", codes.stream().map(CountryCode::alpha2).map(labels::country).sorted().toList());
  }

  private static String date(Instant at, Language language) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(language.locale())
        .withZone(ZONE)
        .format(at);
  }

  public boolean hasPrivateDetails() {
    return privateDetails != null;
  }

  public boolean hasContact() {
    return !email.isEmpty() || !phone.isEmpty() || !website.isEmpty() || !socialLinks.isEmpty();
  }

  public boolean hasExport() {
    return !marketsServed.isEmpty() || !marketsWanted.isEmpty() || wantsExportHelp;
  }

  /** Whether the page shows the facts box (founded, team size, languages). */
  public boolean hasFacts() {
    return !yearFounded.isEmpty() || !teamSizeKey.isEmpty() || !languages.isEmpty();
  }
}
