package lu.creativecluster.application.service.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.inquiry.MailTextView;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.application.port.out.inquiry.InquiryMailTexts;
import lu.creativecluster.application.service.account.FakeMailTemplates;
import lu.creativecluster.application.service.audit.InMemoryAuditLog;
import lu.creativecluster.application.service.audit.MutableClock;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.audit.AuditAction;
import lu.creativecluster.domain.inquiry.InquiryMailKind;
import lu.creativecluster.domain.inquiry.InquiryMailText;
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.Test;

class InquiryMailTextsServiceTest {

  private final InMemoryInquiryMailTexts texts = new InMemoryInquiryMailTexts();
  private final InMemoryAuditLog audit = new InMemoryAuditLog();
  private final InquiryMailTextsService service =
      new InquiryMailTextsService(
          texts, new FakeMailTemplates(), audit, MutableClock.at("2026-11-30T09:00:00Z"));

  private final Actor admin = person(Role.ADMIN);

  private static Actor person(Role role) {
    return Actor.person(AccountId.newId().toString(), role.name(), Set.of(role));
  }

  private static InquiryMailText reminder(String subject) {
    return new InquiryMailText(
        InquiryMailKind.REMINDER, Language.FR, subject, "Rappel sur « {topic} »");
  }

  @Test
  void everyKindInEveryLanguage_isListed_withTheDefaultUntilReworded() {
    List<MailTextView> all = service.all(admin);

    assertEquals(InquiryMailKind.values().length * Language.values().length, all.size());
    assertTrue(all.stream().noneMatch(MailTextView::customised));
    assertEquals("default reminder", all.get(9).text().subject());
    assertEquals(InquiryMailTexts.NOT_STORED, all.get(9).version());
  }

  @Test
  void aRewording_isShown_audited_andAResetBringsBackTheDefault() {
    service.save(admin, reminder("Rappel"), InquiryMailTexts.NOT_STORED);

    MailTextView view = service.one(admin, InquiryMailKind.REMINDER, Language.FR);
    assertTrue(view.customised());
    assertEquals("Rappel", view.text().subject());
    assertEquals(0, view.version());
    assertFalse(service.one(admin, InquiryMailKind.REMINDER, Language.DE).customised());

    service.reset(admin, InquiryMailKind.REMINDER, Language.FR, view.version());

    assertFalse(service.one(admin, InquiryMailKind.REMINDER, Language.FR).customised());
    assertEquals(2, audit.withAction(AuditAction.INQUIRY_MAIL_TEXT_CHANGED).size());
    assertEquals(
        "mail-text:reminder:fr saved",
        audit.withAction(AuditAction.INQUIRY_MAIL_TEXT_CHANGED).get(0).target());
  }

  @Test
  void twoAdminsEditingTheSameText_theSecondIsRefused_andTheFirstKept() {
    service.save(admin, reminder("Premier"), InquiryMailTexts.NOT_STORED);

    assertThrows(
        ConcurrentUpdateException.class,
        () -> service.save(admin, reminder("Second"), InquiryMailTexts.NOT_STORED));

    assertEquals(
        "Premier", service.one(admin, InquiryMailKind.REMINDER, Language.FR).text().subject());
  }

  @Test
  void staffAndMembers_neitherReadNorChangeTheTexts() {
    for (Actor someone : List.of(person(Role.STAFF), person(Role.MEMBER))) {
      assertThrows(AccessDeniedException.class, () -> service.all(someone));
      assertThrows(
          AccessDeniedException.class,
          () -> service.save(someone, reminder("x"), InquiryMailTexts.NOT_STORED));
      assertThrows(
          AccessDeniedException.class,
          () -> service.reset(someone, InquiryMailKind.REMINDER, Language.FR, 0));
    }
    assertTrue(texts.all().isEmpty());
    assertTrue(audit.events().isEmpty());
  }
}
