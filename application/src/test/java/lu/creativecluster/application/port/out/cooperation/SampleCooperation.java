package lu.creativecluster.application.port.out.cooperation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import lu.creativecluster.domain.cooperation.Cooperation;
import lu.creativecluster.domain.cooperation.CooperationKind;
import lu.creativecluster.domain.cooperation.CooperationStatus;
import lu.creativecluster.domain.cooperation.PartnerContact;
import lu.creativecluster.domain.cooperation.PartnerDetails;
import lu.creativecluster.domain.cooperation.PartnerId;
import lu.creativecluster.domain.cooperation.PartnerKind;
import lu.creativecluster.domain.cooperation.PartnerOrganisation;
import lu.creativecluster.domain.member.CountryCode;
import lu.creativecluster.domain.member.LanguageTag;
import lu.creativecluster.domain.member.WebLink;
import lu.creativecluster.domain.mission.Mission;
import lu.creativecluster.domain.mission.MissionDates;
import lu.creativecluster.domain.mission.MissionId;
import lu.creativecluster.domain.mission.MissionKind;
import lu.creativecluster.domain.mission.MissionPlan;
import lu.creativecluster.domain.mission.MissionText;
import lu.creativecluster.domain.mission.MissionTexts;
import lu.creativecluster.domain.mission.Organiser;
import lu.creativecluster.domain.mission.OrganiserKind;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;

/**
 * Test data: partners and missions as the cooperation tests and every adapter's contract test use
 * them. Mission days are in 2027; {@link #BEFORE_DEADLINE} is a day members may still apply.
 */
public final class SampleCooperation {

  public static final LocalDate BEFORE_DEADLINE = LocalDate.of(2027, 1, 10);
  public static final Instant T0 = Instant.parse("2027-01-10T09:00:00Z");

  private SampleCooperation() {}

  public static PartnerOrganisation partner(String name, String country) {
    return PartnerOrganisation.register(
        PartnerId.newId(),
        new PartnerDetails(
            name,
            PartnerKind.CLUSTER,
            CountryCode.of(country),
            "Grand Est",
            Optional.of(WebLink.parse("https://example.org/" + name.length())),
            Set.of(new SectorCode("design"), new SectorCode("music")),
            new PartnerContact(
                "Anne Muller", Optional.of(new Email("anne@example.org")), "+33 3 87 00 00 00"),
            Set.of(LanguageTag.of("fr"), LanguageTag.of("de"))));
  }

  public static Cooperation cooperation(LocalDate start, Optional<LocalDate> end) {
    return new Cooperation(
        UUID.randomUUID(),
        CooperationKind.JOINT_PROJECT,
        start,
        end,
        CooperationStatus.ACTIVE,
        "Interreg project on design in the Greater Region.\nSecond line.",
        List.of("Joint stand at Metz fair", "Two study visits"));
  }

  /** A mission to the country, starting on that day and lasting three days, in those sectors. */
  public static MissionPlan plan(String country, LocalDate start, int capacity, String... sectors) {
    return new MissionPlan(
        new MissionTexts(
            Map.of(
                Language.EN,
                new MissionText("Mission to " + country, "Meet buyers and partners."),
                Language.FR,
                new MissionText("Mission " + country, "Rencontrer des acheteurs."))),
        MissionKind.ECONOMIC_MISSION,
        CountryCode.of(country),
        "Capital city",
        new MissionDates(start, start.plusDays(2), start.minusDays(20)),
        new Organiser(OrganiserKind.MINISTRY, "Ministry of the Economy", Optional.empty()),
        Arrays.stream(sectors).map(SectorCode::new).collect(Collectors.toSet()),
        capacity);
  }

  public static Mission mission(String country, LocalDate start, int capacity, String... sectors) {
    return Mission.plan(MissionId.newId(), plan(country, start, capacity, sectors));
  }

  /** A mission open for applications on {@link #BEFORE_DEADLINE}. */
  public static Mission openMission(String country, int capacity, String... sectors) {
    Mission mission = mission(country, LocalDate.of(2027, 3, 1), capacity, sectors);
    mission.open(BEFORE_DEADLINE);
    return mission;
  }
}
