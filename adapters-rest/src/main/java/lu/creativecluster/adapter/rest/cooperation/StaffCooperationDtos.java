package lu.creativecluster.adapter.rest.cooperation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import lu.creativecluster.adapter.rest.cooperation.PartnerDto.CooperationDto;
import lu.creativecluster.application.port.in.mission.ApplicationView;
import lu.creativecluster.application.port.in.mission.MissionView;
import lu.creativecluster.domain.cooperation.PartnerOrganisation;
import lu.creativecluster.domain.member.LanguageTag;
import lu.creativecluster.domain.member.WebLink;
import lu.creativecluster.domain.mission.MissionApplication;
import lu.creativecluster.domain.mission.MissionPlan;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * REST DTOs of the staff cooperation operations: what staff read (the partner with its contact
 * person and archive flag, the mission with every text and every application) and, for the OpenAPI
 * document only, the shapes of the bodies they send (the resources read bodies field by field).
 */
final class StaffCooperationDtos {

  private StaffCooperationDtos() {}

  /** REST DTO: a partner as staff see it. */
  @Schema(name = "StaffPartner", description = "A partner with its contact and archive flag")
  public record StaffPartnerDto(
      @Schema(required = true) String id,
      @Schema(required = true) String name,
      @Schema(required = true, description = "cluster, network, chamber, agency or institution")
          String kind,
      @Schema(required = true, description = "ISO 3166-1 alpha-2") String country,
      @Schema(required = true) String region,
      @Schema(description = "Absent when not known") String website,
      @Schema(required = true) List<String> sectors,
      @Schema(required = true) List<String> languages,
      @Schema(required = true) ContactDto contact,
      @Schema(required = true, description = "Archived partners are not listed publicly")
          boolean archived,
      @Schema(required = true, description = "Cooperations, newest first")
          List<CooperationDto> cooperations) {

    static StaffPartnerDto from(PartnerOrganisation partner) {
      var d = partner.details();
      return new StaffPartnerDto(
          partner.id().toString(),
          d.name(),
          d.kind().code(),
          d.country().alpha2(),
          d.region(),
          d.website().map(WebLink::toString).orElse(null),
          d.sectors().stream().map(SectorCode::value).toList(),
          d.languages().stream().map(LanguageTag::value).toList(),
          new ContactDto(
              d.contact().name(),
              d.contact().email().map(Email::value).orElse(null),
              d.contact().phone()),
          partner.archived(),
          partner.cooperations().stream().map(CooperationDto::from).toList());
    }
  }

  /** REST DTO: the person to reach at a partner. */
  @Schema(name = "PartnerContact")
  public record ContactDto(String name, String email, String phone) {}

  /** REST DTO: staff's list of partners, archived ones included. */
  @Schema(name = "StaffPartnerList")
  public record StaffPartnerList(@Schema(required = true) List<StaffPartnerDto> items) {}

  /** REST DTO: a mission as staff see it, every language and every application. */
  @Schema(name = "StaffMission", description = "A mission with all its texts and applications")
  public record StaffMissionDto(
      @Schema(required = true) String id,
      @Schema(required = true, description = "planned, open, closed, completed or cancelled")
          String status,
      @Schema(required = true, description = "Title and description per language (de, fr, en)")
          Map<String, TextDto> texts,
      @Schema(required = true) String kind,
      @Schema(required = true) String country,
      @Schema(required = true) String city,
      @Schema(required = true) LocalDate start,
      @Schema(required = true) LocalDate end,
      @Schema(required = true) LocalDate applicationDeadline,
      @Schema(required = true) OrganiserDto organiser,
      @Schema(required = true) List<String> targetSectors,
      @Schema(required = true) int capacity,
      @Schema(required = true) int placesLeft,
      @Schema(required = true, description = "Oldest first") List<ApplicationDto> applications) {

    static StaffMissionDto from(MissionView view) {
      MissionPlan plan = view.mission().plan();
      Map<String, TextDto> texts = new java.util.LinkedHashMap<>();
      for (Language language : Language.values()) {
        var text = plan.texts().values().get(language);
        if (text != null) {
          texts.put(language.code(), new TextDto(text.title(), text.description()));
        }
      }
      return new StaffMissionDto(
          view.mission().id().toString(),
          view.mission().status().code(),
          texts,
          plan.kind().code(),
          plan.destinationCountry().alpha2(),
          plan.destinationCity(),
          plan.dates().start(),
          plan.dates().end(),
          plan.dates().applicationDeadline(),
          new OrganiserDto(
              plan.organiser().kind().code(),
              plan.organiser().name(),
              plan.organiser().partner().map(Object::toString).orElse(null)),
          plan.targetSectors().stream().map(SectorCode::value).toList(),
          plan.capacity(),
          view.mission().placesLeft(),
          view.applications().stream().map(ApplicationDto::from).toList());
    }
  }

  /** REST DTO: a mission's title and description in one language. */
  @Schema(name = "MissionText")
  public record TextDto(
      @Schema(required = true, minLength = 3, maxLength = 160) String title,
      @Schema(maxLength = 5000) String description) {}

  /** REST DTO: who organises a mission. */
  @Schema(name = "MissionOrganiser")
  public record OrganiserDto(
      @Schema(
              required = true,
              enumeration = {"cluster", "ministry", "partner"})
          String kind,
      @Schema(required = true) String name,
      @Schema(description = "The partner's id, for a partner organiser only") String partner) {}

  /** REST DTO: one application with its decision and, after the mission, its outcome. */
  @Schema(name = "MissionApplication")
  public record ApplicationDto(
      @Schema(required = true, description = "The member's id") String member,
      @Schema(required = true) String name,
      @Schema(required = true) String motivation,
      @Schema(
              required = true,
              enumeration = {"applied", "selected", "waitlisted", "declined", "withdrawn"})
          String status,
      @Schema(required = true) Instant appliedAt,
      @Schema(required = true) boolean listedPublicly,
      @Schema(description = "Recorded after the mission; absent before") OutcomeDto outcome) {

    static ApplicationDto from(ApplicationView view) {
      MissionApplication a = view.application();
      return new ApplicationDto(
          a.member().toString(),
          view.displayName(),
          a.motivation(),
          a.status().code(),
          a.appliedAt(),
          a.listedPublicly(),
          a.outcome()
              .map(o -> new OutcomeDto(o.contactsMade(), o.leads(), o.followUp()))
              .orElse(null));
    }
  }

  /** REST DTO: what a participant took home; also the body that records it. */
  @Schema(name = "ParticipantOutcome")
  public record OutcomeDto(
      @Schema(required = true, minimum = "0", maximum = "10000") int contactsMade,
      @Schema(required = true, minimum = "0", maximum = "10000") int leads,
      @Schema(description = "The follow-up agreed", maxLength = 2000) String followUp) {}

  /** REST DTO, body only: a partner as staff create or revise it. */
  @Schema(name = "PartnerInput")
  public record PartnerInputDto(
      @Schema(required = true, minLength = 2, maxLength = 160) String name,
      @Schema(
              required = true,
              enumeration = {"cluster", "network", "chamber", "agency", "institution"})
          String kind,
      @Schema(required = true, description = "ISO 3166-1 alpha-2", example = "DE") String country,
      @Schema(maxLength = 120) String region,
      @Schema(description = "Absolute http(s) address") String website,
      @Schema(description = "Sector codes (GET /api/v1/sectors)") List<String> sectors,
      @Schema(description = "BCP 47 language tags") List<String> languages,
      ContactDto contact) {}

  /** REST DTO, body only: a cooperation as staff record or revise it. */
  @Schema(name = "CooperationInput")
  public record CooperationInputDto(
      @Schema(
              required = true,
              enumeration = {"memorandum", "network-membership", "joint-project", "exchange"})
          String kind,
      @Schema(required = true) LocalDate start,
      @Schema(description = "On or after start; absent while it runs") LocalDate end,
      @Schema(
              required = true,
              enumeration = {"planned", "active", "ended"})
          String status,
      @Schema(maxLength = 2000) String description,
      @Schema(description = "What was done together, at most 30") List<String> activities) {}

  /** REST DTO, body only: a mission as staff plan or revise it. */
  @Schema(name = "MissionInput")
  public record MissionInputDto(
      @Schema(required = true, description = "At least one of de, fr, en")
          Map<String, TextDto> texts,
      @Schema(
              required = true,
              enumeration = {
                "state-visit",
                "economic-mission",
                "trade-fair",
                "study-trip",
                "b2b-matchmaking"
              })
          String kind,
      @Schema(required = true, description = "ISO 3166-1 alpha-2", example = "FR") String country,
      @Schema(required = true) String city,
      @Schema(required = true) LocalDate start,
      @Schema(required = true, description = "On or after start") LocalDate end,
      @Schema(required = true, description = "Before start") LocalDate applicationDeadline,
      @Schema(required = true) OrganiserDto organiser,
      @Schema(description = "Sector codes; none means every sector") List<String> targetSectors,
      @Schema(required = true, minimum = "1", maximum = "500") int capacity) {}

  /** REST DTO, body only: a partner's offer of an opportunity for members. */
  @Schema(name = "CooperationOfferInput")
  public record OfferInputDto(
      @Schema(description = "Sector code the offer is for (GET /api/v1/sectors)") String sector,
      @Schema(required = true, maxLength = 5000) String message,
      @Schema(required = true, description = "Whom the cluster answers") String contactName,
      @Schema(required = true) String email,
      @Schema(required = true) String organisation,
      @Schema(
              required = true,
              enumeration = {"de", "fr", "en"})
          String language,
      @Schema(
              required = true,
              description = "The contact agrees that the cluster processes the offer")
          boolean consent) {}
}
