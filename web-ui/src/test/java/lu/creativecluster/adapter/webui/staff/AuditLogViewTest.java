package lu.creativecluster.adapter.webui.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lu.creativecluster.adapter.webui.site.Texts;
import lu.creativecluster.domain.account.Account;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.audit.AuditAction;
import lu.creativecluster.domain.audit.AuditEvent;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AuditLogViewTest {

  private static final Instant AT = Instant.parse("2026-03-01T09:30:00Z");

  @Test
  void before_isAnIsoInstant() {
    assertEquals(Optional.of(AT), AuditLogView.before("2026-03-01T09:30:00Z"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"yesterday", "2026-03-01", "1700000000"})
  void aMalformedBefore_showsTheNewestPage(String parameter) {
    assertEquals(Optional.empty(), AuditLogView.before(parameter));
  }

  @Test
  void aPersonsEntry_namesThePerson_andTranslatesTheAction() {
    AccountId id = new AccountId(UUID.randomUUID());
    Account ana = Account.invite(id, new Email("ana@example.lu"), "Ana Lopes", Role.ADMIN, AT);
    AuditEvent event =
        AuditEvent.of(AT, "person:" + id, AuditAction.ACCOUNT_INVITED, "bo@example.lu", "10.0.0.7");

    AuditRow row = AuditLogView.row(event, Map.of("person:" + id, ana), Texts.in(Language.DE));

    assertEquals("Ana Lopes <ana@example.lu>", row.actor());
    assertEquals("person:" + id, row.actorId());
    assertEquals("Konto eingeladen", row.action());
    assertEquals(AuditAction.ACCOUNT_INVITED, row.actionCode());
    assertEquals("bo@example.lu", row.target());
    assertEquals("10.0.0.7", row.source());
    assertEquals("2026-03-01T10:30:00+01:00", row.datetime());
  }

  @Test
  void anUnknownActorOrAction_isShownAsRecorded() {
    AuditEvent event = AuditEvent.of(AT, "partner:ministry", "member.exported", "", "");

    AuditRow row = AuditLogView.row(event, Map.of(), Texts.in(Language.EN));

    assertEquals("partner:ministry", row.actor());
    assertEquals("member.exported", row.action());
  }

  @Test
  void aVisitor_isNamedInThePagesLanguage() {
    AuditEvent event = AuditEvent.of(AT, "visitor", AuditAction.ACCOUNT_INVITED, "", "");

    assertEquals("un visiteur", AuditLogView.row(event, Map.of(), Texts.in(Language.FR)).actor());
    assertEquals("ein Besucher", AuditLogView.row(event, Map.of(), Texts.in(Language.DE)).actor());
    assertEquals("visitor", AuditLogView.row(event, Map.of(), Texts.in(Language.FR)).actorId());
  }
}
