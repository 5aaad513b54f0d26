package lu.creativecluster.application.service.project;

import static lu.creativecluster.application.port.out.project.SampleProject.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.project.ChangeProjectStatusCommand;
import lu.creativecluster.application.port.in.project.ProjectNotFoundException;
import lu.creativecluster.application.port.in.project.RecordProjectCommand;
import lu.creativecluster.application.port.in.project.ReviseProjectCommand;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.application.port.out.member.SampleMember;
import lu.creativecluster.application.port.out.project.SampleProject;
import lu.creativecluster.application.service.audit.MutableClock;
import lu.creativecluster.application.service.member.InMemoryMembers;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.project.IllegalProjectTransitionException;
import lu.creativecluster.domain.project.Project;
import lu.creativecluster.domain.project.ProjectStatus;
import lu.creativecluster.domain.project.ProjectVisibility;
import org.junit.jupiter.api.Test;

class ProjectServicesTest {

  private final InMemoryProjects projects = new InMemoryProjects();
  private final InMemoryMembers members = new InMemoryMembers();
  private final MutableClock clock = new MutableClock(T0);
  private final ManageProjectsService manage = new ManageProjectsService(projects, clock);
  private final ListProjectsService list = new ListProjectsService(projects, members);

  private final Actor staff =
      Actor.person(AccountId.newId().toString(), "Staff", Set.of(Role.STAFF));

  @Test
  void staffRecordAProject_asAnIdea_andMoveItOn() {
    MemberId creative = MemberId.newId();
    Project recorded =
        manage.record(
            new RecordProjectCommand(
                staff,
                SampleProject.details("Harbour", ProjectVisibility.PUBLIC, "100.00", creative)));
    clock.advance(java.time.Duration.ofDays(1));

    Project matching =
        manage.changeStatus(
            new ChangeProjectStatusCommand(staff, recorded.id(), 0, ProjectStatus.MATCHING));

    assertEquals(ProjectStatus.IDEA, recorded.status());
    assertEquals(ProjectStatus.MATCHING, matching.status());
    assertEquals(1, matching.version());
    assertEquals(T0.plusSeconds(86_400), matching.statusChangedAt());
  }

  @Test
  void anIllegalTransition_isRefused_andNothingIsSaved() {
    Project recorded = recordPublic("Harbour", MemberId.newId());

    assertThrows(
        IllegalProjectTransitionException.class,
        () ->
            manage.changeStatus(
                new ChangeProjectStatusCommand(staff, recorded.id(), 0, ProjectStatus.COMPLETED)));

    Project stored = projects.byId(recorded.id()).orElseThrow();
    assertEquals(ProjectStatus.IDEA, stored.status());
    assertEquals(0, stored.version());
  }

  @Test
  void aRevisionFromAnOlderVersion_isRefused() {
    Project recorded = recordPublic("Harbour", MemberId.newId());
    manage.changeStatus(
        new ChangeProjectStatusCommand(staff, recorded.id(), 0, ProjectStatus.MATCHING));

    assertThrows(
        ConcurrentUpdateException.class,
        () ->
            manage.revise(
                new ReviseProjectCommand(
                    staff,
                    recorded.id(),
                    0,
                    SampleProject.details(
                        "Other", ProjectVisibility.PUBLIC, "1.00", MemberId.newId()))));
    assertEquals(
        "Harbour",
        projects
            .byId(recorded.id())
            .orElseThrow()
            .details()
            .title()
            .in(lu.creativecluster.domain.shared.Language.EN));
  }

  @Test
  void onlyStaff_manageProjects() {
    Actor member = Actor.person(AccountId.newId().toString(), "M", Set.of(Role.MEMBER));
    var details = SampleProject.details("X", ProjectVisibility.PUBLIC, "1.00", MemberId.newId());

    assertThrows(
        AccessDeniedException.class,
        () -> manage.record(new RecordProjectCommand(member, details)));
    assertThrows(
        AccessDeniedException.class,
        () -> manage.record(new RecordProjectCommand(Actor.visitor(), details)));
    assertThrows(AccessDeniedException.class, () -> manage.all(member));
    assertTrue(projects.all().isEmpty());
  }

  @Test
  void visitorsSeePublicProjectsOnly_andAConfidentialOneStaysUnknownToThem() {
    Project open = recordPublic("Open", MemberId.newId());
    Project secret =
        manage.record(
            new RecordProjectCommand(
                staff,
                SampleProject.details(
                    "Secret", ProjectVisibility.CONFIDENTIAL, "5.00", MemberId.newId())));

    assertEquals(List.of(open.id()), list.publicProjects().stream().map(Project::id).toList());
    assertEquals(open.id(), list.show(Actor.visitor(), open.id()).id());
    assertThrows(ProjectNotFoundException.class, () -> list.show(Actor.visitor(), secret.id()));
    assertEquals(secret.id(), list.show(staff, secret.id()).id());
    assertEquals(2, manage.all(staff).size());
  }

  @Test
  void aMemberSeesTheProjectsTheyAreIn_confidentialOnesToo() {
    AccountId account = AccountId.newId();
    Member member = SampleMember.named("Atelier Nord").email("owner@nord.lu").build();
    member.linkOwner(account);
    members.add(member);
    Actor owner = Actor.person(account.toString(), "Owner", Set.of(Role.MEMBER));
    Project theirs =
        manage.record(
            new RecordProjectCommand(
                staff,
                SampleProject.details(
                    "Theirs", ProjectVisibility.CONFIDENTIAL, "5.00", member.id())));
    recordPublic("Someone else's", MemberId.newId());

    assertEquals(List.of(theirs.id()), list.ownProjects(owner).stream().map(Project::id).toList());
    assertEquals(theirs.id(), list.show(owner, theirs.id()).id());
    assertTrue(list.ownProjects(Actor.visitor()).isEmpty());
    Actor stranger = Actor.person(AccountId.newId().toString(), "S", Set.of(Role.MEMBER));
    assertTrue(list.ownProjects(stranger).isEmpty());
    assertThrows(ProjectNotFoundException.class, () -> list.show(stranger, theirs.id()));
  }

  private Project recordPublic(String title, MemberId creative) {
    return manage.record(
        new RecordProjectCommand(
            staff, SampleProject.details(title, ProjectVisibility.PUBLIC, "10.00", creative)));
  }
}
