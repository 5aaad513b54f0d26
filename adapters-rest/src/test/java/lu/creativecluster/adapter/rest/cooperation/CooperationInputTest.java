package lu.creativecluster.adapter.rest.cooperation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import lu.creativecluster.adapter.rest.inquiry.BodyTooLargeException;
import lu.creativecluster.adapter.rest.problem.InvalidBodyException;
import lu.creativecluster.adapter.rest.problem.InvalidParam;
import lu.creativecluster.domain.cooperation.Cooperation;
import lu.creativecluster.domain.cooperation.CooperationKind;
import lu.creativecluster.domain.mission.MissionPlan;
import lu.creativecluster.domain.mission.OrganiserKind;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.Test;

/** The staff bodies: read whole, every wrong field named at once, nothing half-made. */
class CooperationInputTest {

  private static final Set<SectorCode> SECTORS = Set.of(new SectorCode("design"));

  private static CooperationJson json(String text) {
    return CooperationJson.read(
        new ByteArrayInputStream(text.replace('\'', '"').getBytes(StandardCharsets.UTF_8)), 5000);
  }

  private static final String MISSION =
      "{'texts':{'de':{'title':'Designwoche','description':'Eine Woche'},"
          + "'en':{'title':'Design week','description':''}},"
          + "'kind':'trade-fair','country':'fr','city':'Lyon','start':'2027-03-01',"
          + "'end':'2027-03-03','applicationDeadline':'2027-02-01',"
          + "'organiser':{'kind':'cluster','name':'Creative Cluster'},"
          + "'targetSectors':['design'],'capacity':12}";

  @Test
  void aCompleteMission_becomesItsPlan() {
    MissionPlan plan = CooperationInput.mission(json(MISSION), SECTORS::contains, p -> false);

    assertEquals("Design week", plan.texts().in(Language.EN).title());
    assertEquals("Designwoche", plan.texts().in(Language.DE).title());
    assertEquals("FR", plan.destinationCountry().alpha2());
    assertEquals(LocalDate.of(2027, 2, 1), plan.dates().applicationDeadline());
    assertEquals(OrganiserKind.CLUSTER, plan.organiser().kind());
    assertEquals(12, plan.capacity());
  }

  @Test
  void wrongDatesAnUnknownCountryAndSector_areEachNamed_inOneRefusal() {
    String wrong =
        MISSION
            .replace("'country':'fr'", "'country':'XX'")
            .replace("'end':'2027-03-03'", "'end':'2027-02-27'")
            .replace("'applicationDeadline':'2027-02-01'", "'applicationDeadline':'2027-03-01'")
            .replace("['design']", "['astrology']")
            .replace("'capacity':12", "'capacity':0");

    InvalidBodyException refused =
        assertThrows(
            InvalidBodyException.class,
            () -> CooperationInput.mission(json(wrong), SECTORS::contains, p -> false));

    assertEquals(
        Set.of("country", "end", "applicationDeadline", "targetSectors", "capacity"),
        names(refused));
  }

  @Test
  void nestedFields_areNamedByTheirPath() {
    String wrong =
        MISSION
            .replace("'title':'Designwoche'", "'title':'D'")
            .replace("'kind':'cluster'", "'kind':'partner'")
            .replace("'texts':{", "'texts':{'it':{'title':'Settimana'},");

    InvalidBodyException refused =
        assertThrows(
            InvalidBodyException.class,
            () -> CooperationInput.mission(json(wrong), SECTORS::contains, p -> false));

    assertEquals(Set.of("texts.it", "texts.de.title", "organiser.partner"), names(refused));
  }

  @Test
  void aCooperation_endsOnOrAfterItsStart() {
    String body =
        "{'kind':'joint-project','start':'2025-01-01','status':'active',"
            + "'description':'Shared stand','activities':['Fair in Metz']}";
    Cooperation made = CooperationInput.cooperation(json(body), UUID.randomUUID());
    assertEquals(CooperationKind.JOINT_PROJECT, made.kind());
    assertEquals(List.of("Fair in Metz"), made.activities());

    String wrong = body.replace("'status':'active'", "'status':'x','end':'2024-12-31'");
    InvalidBodyException refused =
        assertThrows(
            InvalidBodyException.class,
            () -> CooperationInput.cooperation(json(wrong), UUID.randomUUID()));
    assertEquals(Set.of("status", "end"), names(refused));
  }

  @Test
  void notAnObject_orTooLarge_isRefusedBeforeAnyField() {
    assertThrows(InvalidBodyException.class, () -> json("[1,2]"));
    assertThrows(InvalidBodyException.class, () -> json("{"));
    assertThrows(
        BodyTooLargeException.class,
        () ->
            CooperationJson.read(
                new ByteArrayInputStream("x".repeat(6000).getBytes(StandardCharsets.UTF_8)), 5000));
  }

  private static Set<String> names(InvalidBodyException e) {
    return Set.copyOf(e.invalidFields().stream().map(InvalidParam::name).toList());
  }
}
