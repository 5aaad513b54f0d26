package lu.creativecluster.application.service.cooperation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.cooperation.SubmitCooperationOfferUseCase;
import lu.creativecluster.application.port.in.inquiry.InquirySettings;
import lu.creativecluster.application.port.in.inquiry.SubmittedInquiry;
import lu.creativecluster.application.port.out.member.SampleMember;
import lu.creativecluster.application.service.account.FakeMailTemplates;
import lu.creativecluster.application.service.audit.MutableClock;
import lu.creativecluster.application.service.inquiry.InMemoryInquiryStore;
import lu.creativecluster.application.service.inquiry.SubmitInquiryService;
import lu.creativecluster.application.service.inquiry.SuggestRoutingService;
import lu.creativecluster.application.service.mail.InMemoryMailOutbox;
import lu.creativecluster.application.service.member.InMemoryMembers;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.inquiry.Inquiry;
import lu.creativecluster.domain.inquiry.InquiryKind;
import lu.creativecluster.domain.inquiry.InquiryTopic;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.Test;

/** A partner's offer enters the inquiry routing as an offer; only cooperation:write may post. */
class CooperationOfferServiceTest {

  private final InMemoryInquiryStore store = new InMemoryInquiryStore();
  private final InMemoryMembers members = new InMemoryMembers();
  private final InMemoryMailOutbox outbox = new InMemoryMailOutbox();
  private final CooperationOfferService service =
      new CooperationOfferService(
          new SubmitInquiryService(
              store,
              outbox,
              new FakeMailTemplates(),
              InquirySettings.defaults(),
              MutableClock.at("2026-11-30T09:00:00Z")));
  private final Actor staff =
      Actor.person(AccountId.newId().toString(), "Staff", Set.of(Role.STAFF));

  private static SubmitCooperationOfferUseCase.Offer offer() {
    return new SubmitCooperationOfferUseCase.Offer(
        Optional.of(new SectorCode("design")),
        "Our fair in Lyon looks for motion design studios from Luxembourg.",
        "Claire Martin",
        new Email("claire@partner.example.fr"),
        "Lyon Design Cluster",
        Language.FR,
        true);
  }

  @Test
  void aPartnerWithCooperationWrite_postsAnOffer_routedLikeAnyOffer_withMatchingMembers() {
    members.add(
        SampleMember.named("Bright Motion").sectors("design").keywords("motion design").build());
    members.add(SampleMember.named("Dora Film").sectors("film-audiovisual").build());
    Actor partner = Actor.partner("lyon", Set.of(SubmitCooperationOfferUseCase.WRITE_SCOPE));

    SubmittedInquiry submitted = service.offer(partner, offer());

    Inquiry stored = store.byId(submitted.id()).orElseThrow();
    assertEquals(InquiryKind.OFFER, stored.kind());
    assertEquals(InquiryTopic.PARTNERS, stored.topic());
    assertEquals(1, outbox.entries().size(), "the partner's contact gets the tracking link");
    var suggestion =
        new SuggestRoutingService(store, store, store.routingRules(), members)
            .suggest(staff, submitted.id());
    assertEquals(
        List.of("Bright Motion"), suggestion.members().stream().map(m -> m.displayName()).toList());
  }

  @Test
  void withoutTheScope_nobodyPostsAnOffer_andNothingIsStored() {
    for (Actor actor :
        List.of(
            Actor.visitor(),
            staff,
            Actor.partner("lyon", Set.of("cooperation:read")),
            Actor.partner("lyon", Set.of()))) {
      assertThrows(AccessDeniedException.class, () -> service.offer(actor, offer()));
    }
    assertEquals(0, outbox.entries().size());
  }
}
