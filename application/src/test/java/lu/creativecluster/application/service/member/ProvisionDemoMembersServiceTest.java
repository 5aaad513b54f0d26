package lu.creativecluster.application.service.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lu.creativecluster.application.port.in.member.MembershipApplication;
import lu.creativecluster.domain.account.Account;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.member.MemberStatus;
import lu.creativecluster.domain.member.Slug;
import lu.creativecluster.domain.member.WebLink;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.Test;

class ProvisionDemoMembersServiceTest {

  private final MemberDataFixture world = new MemberDataFixture();

  private List<Member> all() {
    return Arrays.stream(MemberStatus.values())
        .flatMap(s -> world.members.byStatus(s).stream())
        .toList();
  }

  @Test
  void theDemo_bringsAboutSixtyMembers_acrossEverySectorCommunesAndLanguages() {
    int created = world.demoService().provisionDemoMembers();

    List<Member> members = all();
    assertEquals(created, members.size());
    assertTrue(created >= 55 && created <= 65, created + " members");
    assertEquals(
        Set.copyOf(MemberDataFixture.SECTORS),
        members.stream()
            .map(m -> m.profile().sectors().primary().value())
            .collect(Collectors.toSet()));
    Set<String> communes =
        members.stream().map(m -> m.profile().location().commune()).collect(Collectors.toSet());
    assertTrue(communes.size() >= 10, communes.toString());
    Set<String> countries =
        members.stream()
            .map(m -> m.profile().location().country().alpha2())
            .collect(Collectors.toSet());
    assertTrue(countries.containsAll(Set.of("LU", "DE", "FR", "BE")), countries.toString());
    for (Language language : Language.values()) {
      assertTrue(
          members.stream().filter(m -> m.profile().pitch().exactlyIn(language).isPresent()).count()
              >= 15,
          "pitches in " + language);
    }
    assertTrue(
        members.stream().anyMatch(m -> m.profile().pitch().values().size() == 1),
        "not every member writes in all three languages");
    assertTrue(members.stream().filter(Member::isPublic).count() >= 50, "most members are active");
    assertTrue(world.members.byStatus(MemberStatus.APPLIED).size() >= 3, "a few applications");
    assertTrue(
        members.stream().allMatch(m -> !m.profile().keywords().isEmpty()), "keywords everywhere");
    assertTrue(
        members.stream().anyMatch(m -> !m.profile().export().marketsWanted().isEmpty()),
        "export markets wanted");
  }

  @Test
  void theDemoMembers_areClearlyFictional_theirAddressesOnExampleDomains() {
    world.demoService().provisionDemoMembers();

    for (Member member : all()) {
      Stream.concat(
              member.profile().website().stream(),
              Stream.concat(
                  member.profile().socialLinks().stream(),
                  member.profile().portfolio().stream().map(p -> p.link())))
          .map(WebLink::host)
          .forEach(
              host ->
                  assertTrue(
                      host.matches("(.+\\.)?example\\.(org|com|net)"),
                      member.displayName() + ": " + host));
      member
          .contact()
          .email()
          .ifPresent(
              e -> assertTrue(e.value().matches(".+@(.+\\.)?example\\.(org|com)"), e.value()));
    }
  }

  @Test
  void theStaffReview_showsAtLeastOneLikelyDuplicatePair() {
    world.demoService().provisionDemoMembers();

    List<MembershipApplication> pending =
        world.reviewService().pendingApplications(MemberDataFixture.staff());

    List<MembershipApplication> flagged =
        pending.stream().filter(MembershipApplication::likelyDuplicate).toList();
    assertEquals(1, flagged.size(), "exactly the planted pair: " + flagged);
    assertEquals("agence-pont-rouge-sarl", flagged.get(0).member().slug().value());
    assertEquals("agence-pont-rouge", flagged.get(0).duplicates().get(0).slug().value());
  }

  @Test
  void aRestart_addsNothing() {
    int first = world.demoService().provisionDemoMembers();

    int second = world.demoService().provisionDemoMembers();

    assertTrue(first > 0);
    assertEquals(0, second);
    assertEquals(first, all().size());
  }

  @Test
  void theDemoMemberAccounts_manageTheirDemoMembers() {
    Account design =
        Account.invite(
            AccountId.newId(),
            new Email("member.design@demo.creativecluster.lu"),
            "Demo Design Studio",
            Role.MEMBER,
            Instant.EPOCH);
    world.accounts.add(design);

    world.demoService().provisionDemoMembers();

    assertTrue(world.members.bySlug(new Slug("studio-lumen")).orElseThrow().isOwnedBy(design.id()));
    assertTrue(
        world.members.bySlug(new Slug("klangfabrik-records")).orElseThrow().owner().isEmpty(),
        "no account, no owner");
  }
}
