package lu.creativecluster.application.service.mission;

import lu.creativecluster.application.port.out.cooperation.AbstractCooperationContractTest;
import lu.creativecluster.application.port.out.cooperation.ExportMarkets;
import lu.creativecluster.application.port.out.cooperation.Partners;
import lu.creativecluster.application.port.out.member.Members;
import lu.creativecluster.application.port.out.mission.MissionMembers;
import lu.creativecluster.application.port.out.mission.Missions;
import lu.creativecluster.application.service.cooperation.InMemoryPartners;
import lu.creativecluster.application.service.member.InMemoryMembers;

/** The reference fakes pass the cooperation contract. */
class InMemoryCooperationContractTest extends AbstractCooperationContractTest {

  private final InMemoryMembers members = new InMemoryMembers();
  private final InMemoryMissions missions = new InMemoryMissions();
  private final InMemoryPartners partners = new InMemoryPartners();

  @Override
  protected Partners partners() {
    return partners;
  }

  @Override
  protected Missions missions() {
    return missions;
  }

  @Override
  protected Members members() {
    return members;
  }

  @Override
  protected ExportMarkets exportMarkets() {
    return new InMemoryExportMarkets(members, missions);
  }

  @Override
  protected MissionMembers missionMembers() {
    return MissionMembers.readingFrom(members);
  }
}
