package lu.creativecluster.adapter.rest.member;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import lu.creativecluster.domain.member.ContactDetails;
import lu.creativecluster.domain.member.CountryCode;
import lu.creativecluster.domain.member.Keyword;
import lu.creativecluster.domain.member.LanguageTag;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.member.MemberProfile;
import lu.creativecluster.domain.member.PrivateDetails;
import lu.creativecluster.domain.member.PublicMemberView;
import lu.creativecluster.domain.member.WebLink;
import lu.creativecluster.domain.sector.SectorCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * REST DTO: a member's profile. The same shape is read (GET) and written back (PUT): a client
 * fetches it, changes fields and sends it with the ETag it got; fields the server owns (id, slug,
 * view, status, dates) are ignored on the way in.
 */
@Schema(name = "MemberProfile")
@JsonbPropertyOrder({
  "id",
  "slug",
  "view",
  "displayName",
  "kind",
  "sectors",
  "pitch",
  "description",
  "keywords",
  "skills",
  "portfolio",
  "commune",
  "country",
  "website",
  "socialLinks",
  "languages",
  "yearFounded",
  "teamSize",
  "marketsServed",
  "marketsWanted",
  "wantsExportHelp",
  "contact",
  "status",
  "memberSince",
  "appliedAt",
  "privateDetails"
})
public record MemberProfileDto(
    @Schema(readOnly = true, example = "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f") String id,
    @Schema(readOnly = true, example = "atelier-nord") String slug,
    @Schema(
            readOnly = true,
            description =
                "Which fields this answer holds: public (anyone), owner (the member's own account:"
                    + " also status, every contact field with its consent, legal name and VAT/RCS"
                    + " number), staff (also staff's internal notes)",
            enumeration = {"public", "owner", "staff"})
        String view,
    @Schema(required = true, maxLength = 120, example = "Atelier Nord") String displayName,
    @Schema(
            required = true,
            enumeration = {"freelancer", "company", "association", "institution"})
        String kind,
    @Schema(
            required = true,
            description = "1 to 3 sector codes, the primary sector first",
            example = "[\"design\"]")
        List<String> sectors,
    @Schema(
            required = true,
            description = "Short pitch by language (de, fr, en), at most 280 characters each")
        Map<String, String> pitch,
    @Schema(required = true, description = "Long description by language (de, fr, en)")
        Map<String, String> description,
    @Schema(description = "Free tags, lower case", example = "[\"motion design\"]")
        List<String> keywords,
    @Schema(description = "Skills and services offered") List<String> skills,
    @Schema(description = "Work the member shows") List<PortfolioItemDto> portfolio,
    @Schema(description = "May be empty", example = "Esch-sur-Alzette") String commune,
    @Schema(required = true, description = "ISO 3166-1 alpha-2", example = "LU") String country,
    @Schema(description = "http(s) address", example = "https://atelier-nord.example")
        String website,
    @Schema(description = "http(s) addresses") List<String> socialLinks,
    @Schema(description = "Languages spoken, BCP 47", example = "[\"lb\", \"fr\", \"en\"]")
        List<String> languages,
    @Schema(example = "2015") Integer yearFounded,
    @Schema(enumeration = {"1", "2-9", "10-49", "50-249", "250+"}) String teamSize,
    @Schema(description = "Markets served today, ISO 3166-1 alpha-2", example = "[\"BE\"]")
        List<String> marketsServed,
    @Schema(description = "Markets wanted, ISO 3166-1 alpha-2", example = "[\"DE\"]")
        List<String> marketsWanted,
    @Schema(description = "Whether the member wants the cluster's help to export")
        Boolean wantsExportHelp,
    @Schema(
            description =
                "Contact details: in the public view only those the member agreed to show")
        ContactDto contact,
    @Schema(
            readOnly = true,
            description = "Life-cycle status; owner and staff views only",
            enumeration = {
              "applied",
              "active",
              "rejected",
              "suspended",
              "left",
              "merged",
              "erased"
            })
        String status,
    @Schema(readOnly = true, description = "When staff first approved the member (ISO-8601)")
        String memberSince,
    @Schema(readOnly = true, description = "When the member applied (ISO-8601); owner and staff")
        String appliedAt,
    @Schema(description = "Owner and staff views only") PrivateDetailsDto privateDetails) {

  /** REST DTO: one piece of work in the portfolio. */
  @Schema(name = "PortfolioItem")
  @JsonbPropertyOrder({"title", "url", "kind"})
  public record PortfolioItemDto(
      @Schema(required = true, maxLength = 120) String title,
      @Schema(required = true, description = "http(s) address") String url,
      @Schema(
              required = true,
              enumeration = {"image", "video", "case-study"})
          String kind) {}

  /** REST DTO: how to reach the member, and whether each field is shown to the public. */
  @Schema(name = "MemberContact")
  @JsonbPropertyOrder({"email", "phone", "showEmail", "showPhone"})
  public record ContactDto(
      @Schema(example = "hello@atelier-nord.example") String email,
      @Schema(example = "+352 26 12 34 56") String phone,
      @Schema(description = "Whether the address is shown publicly; owner and staff views only")
          Boolean showEmail,
      @Schema(description = "Whether the number is shown publicly; owner and staff views only")
          Boolean showPhone) {}

  /** REST DTO: what only staff and the member see. */
  @Schema(name = "MemberPrivateDetails")
  @JsonbPropertyOrder({"legalName", "registrationNumber", "internalNotes"})
  public record PrivateDetailsDto(
      @Schema(maxLength = 200) String legalName,
      @Schema(description = "VAT or RCS number", maxLength = 40) String registrationNumber,
      @Schema(description = "Staff's notes; staff view only, and only staff change them")
          String internalNotes) {}

  static MemberProfileDto publicView(PublicMemberView view) {
    ContactDetails contact = view.contact();
    return of(
        view.id().toString(),
        view.slug().value(),
        MemberViewKind.PUBLIC,
        view.profile(),
        new ContactDto(
            contact.publicEmail().map(Object::toString).orElse(null),
            contact.publicPhone().map(Object::toString).orElse(null),
            null,
            null),
        null,
        view.memberSince().map(Instant::toString).orElse(null),
        null,
        null);
  }

  static MemberProfileDto fullView(Member member, MemberViewKind kind) {
    ContactDetails contact = member.contact();
    PrivateDetails details = member.privateDetails();
    return of(
        member.id().toString(),
        member.slug().value(),
        kind,
        member.profile(),
        new ContactDto(
            contact.email().map(Object::toString).orElse(null),
            contact.phone().map(Object::toString).orElse(null),
            contact.emailConsentAt().isPresent(),
            contact.phoneConsentAt().isPresent()),
        member.status().code(),
        member.memberSince().map(Instant::toString).orElse(null),
        member.appliedAt().toString(),
        new PrivateDetailsDto(
            details.legalName(),
            details.registrationNumber(),
            kind == MemberViewKind.STAFF ? details.internalNotes() : null));
  }

  private static MemberProfileDto of(
      String id,
      String slug,
      MemberViewKind kind,
      MemberProfile p,
      ContactDto contact,
      String status,
      String memberSince,
      String appliedAt,
      PrivateDetailsDto privateDetails) {
    return new MemberProfileDto(
        id,
        slug,
        kind.code(),
        p.displayName(),
        p.kind().code(),
        p.sectors().all().stream().map(SectorCode::value).toList(),
        MemberTexts.byLanguage(p.pitch()),
        MemberTexts.byLanguage(p.description()),
        p.keywords().stream().map(Keyword::value).toList(),
        p.skills(),
        p.portfolio().stream()
            .map(l -> new PortfolioItemDto(l.title(), l.link().toString(), l.kind().code()))
            .toList(),
        p.location().commune(),
        p.location().country().alpha2(),
        p.website().map(WebLink::toString).orElse(null),
        p.socialLinks().stream().map(WebLink::toString).toList(),
        p.languages().stream().map(LanguageTag::value).toList(),
        p.yearFounded().map(y -> y.getValue()).orElse(null),
        p.teamSize().map(t -> t.code()).orElse(null),
        p.export().marketsServed().stream().map(CountryCode::alpha2).toList(),
        p.export().marketsWanted().stream().map(CountryCode::alpha2).toList(),
        p.export().wantsExportHelp(),
        contact,
        status,
        memberSince,
        appliedAt,
        privateDetails);
  }
}
