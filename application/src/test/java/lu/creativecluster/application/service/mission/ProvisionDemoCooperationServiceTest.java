package lu.creativecluster.application.service.mission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import lu.creativecluster.application.port.out.member.SampleMember;
import lu.creativecluster.application.port.out.mission.MissionCriteria;
import lu.creativecluster.application.service.cooperation.InMemoryPartners;
import lu.creativecluster.application.service.cooperation.ProvisionDemoCooperationService;
import lu.creativecluster.domain.mission.Mission;
import lu.creativecluster.domain.mission.MissionStatus;
import org.junit.jupiter.api.Test;

/** The demo partners and missions: once, with a past, open and planned mission and applicants. */
class ProvisionDemoCooperationServiceTest {

  private final MissionFixture f = new MissionFixture();
  private final InMemoryPartners partners = new InMemoryPartners();
  private final ProvisionDemoCooperationService service =
      new ProvisionDemoCooperationService(partners, f.missions, f.members, f.clock);

  @Test
  void demoData_isCreatedOnce_withApplicationsFromDemoMembers() {
    for (String name : List.of("Studio Lumen", "Keramikwerkstatt Sauer", "Studio Kiem")) {
      f.members.add(SampleMember.named(name).build());
    }

    assertEquals(4, service.provisionDemoCooperation());
    assertEquals(0, service.provisionDemoCooperation(), "a restart adds nothing");

    assertEquals(5, partners.list(Optional.empty()).size());
    List<Mission> missions = f.missions.find(MissionCriteria.ALL, false, 0, 10).items();
    assertEquals(
        List.of(
            MissionStatus.COMPLETED, MissionStatus.OPEN, MissionStatus.OPEN, MissionStatus.PLANNED),
        missions.stream().map(Mission::status).toList());
    Mission past = missions.get(0);
    assertEquals(2, past.selected().size(), "the demo members that exist took part");
    assertTrue(past.selected().stream().allMatch(a -> a.outcome().isPresent()));
    assertEquals(1, missions.get(2).applications().size(), "only Studio Kiem of the Tokyo three");
  }
}
