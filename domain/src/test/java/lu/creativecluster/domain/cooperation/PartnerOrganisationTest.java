package lu.creativecluster.domain.cooperation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lu.creativecluster.domain.member.CountryCode;
import lu.creativecluster.domain.member.LanguageTag;
import lu.creativecluster.domain.member.WebLink;
import lu.creativecluster.domain.sector.SectorCode;
import org.junit.jupiter.api.Test;

/** Partner organisations and their cooperations. */
class PartnerOrganisationTest {

  static PartnerDetails details(String name) {
    return new PartnerDetails(
        name,
        PartnerKind.CLUSTER,
        CountryCode.of("de"),
        "Saarland",
        Optional.of(WebLink.parse("https://creative.saarland")),
        Set.of(new SectorCode("music"), new SectorCode("design")),
        PartnerContact.NONE,
        Set.of(LanguageTag.of("de")));
  }

  static Cooperation cooperation(LocalDate start, Optional<LocalDate> end) {
    return new Cooperation(
        UUID.randomUUID(),
        CooperationKind.MEMORANDUM,
        start,
        end,
        CooperationStatus.ACTIVE,
        "Memorandum of understanding",
        List.of("Joint stand at the design fair"));
  }

  @Test
  void aCooperation_endingBeforeItStarts_isRefused() {
    LocalDate start = LocalDate.of(2026, 5, 1);
    assertThrows(
        WrongDatesException.class, () -> cooperation(start, Optional.of(start.minusDays(1))));
    assertEquals(start, cooperation(start, Optional.of(start)).end().orElseThrow());
  }

  @Test
  void aNewPartner_isListed_archivingKeepsItsRecord_andItCanBeListedAgain() {
    PartnerOrganisation partner =
        PartnerOrganisation.register(PartnerId.newId(), details("Creative Saar"));
    partner.recordCooperation(cooperation(LocalDate.of(2024, 1, 1), Optional.empty()));
    assertFalse(partner.archived());

    partner.archive();
    assertTrue(partner.archived());
    assertEquals(1, partner.cooperations().size(), "the cooperations stay");

    partner.reactivate();
    assertFalse(partner.archived());
  }

  @Test
  void cooperations_areListedNewestFirst_andReplacedById() {
    PartnerOrganisation partner =
        PartnerOrganisation.register(PartnerId.newId(), details("Creative Saar"));
    Cooperation old = cooperation(LocalDate.of(2020, 1, 1), Optional.empty());
    Cooperation recent = cooperation(LocalDate.of(2025, 1, 1), Optional.empty());
    partner.recordCooperation(old);
    partner.recordCooperation(recent);
    assertEquals(List.of(recent, old), partner.cooperations());

    Cooperation ended =
        new Cooperation(
            old.id(),
            old.kind(),
            old.start(),
            Optional.of(LocalDate.of(2022, 1, 1)),
            CooperationStatus.ENDED,
            old.description(),
            old.activities());
    partner.recordCooperation(ended);

    assertEquals(List.of(recent, ended), partner.cooperations());
    assertTrue(partner.removeCooperation(recent.id()));
    assertFalse(partner.removeCooperation(recent.id()));
  }

  @Test
  void details_keepSectorsSorted_andRefuseBlankNames() {
    assertEquals(
        List.of("design", "music"),
        details("Creative Saar").sectors().stream().map(SectorCode::value).toList());
    assertThrows(IllegalArgumentException.class, () -> details(" "));
    assertThrows(IllegalArgumentException.class, () -> CountryCode.of("XX"));
  }

  @Test
  void kinds_haveStableCodes() {
    assertEquals("network-membership", CooperationKind.NETWORK_MEMBERSHIP.code());
    assertEquals(Optional.of(PartnerKind.CHAMBER), PartnerKind.fromCode("chamber"));
    assertEquals(Optional.empty(), PartnerKind.fromCode("club"));
  }
}
