package lu.creativecluster.application.port.out.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.domain.inquiry.InquiryMailKind;
import lu.creativecluster.domain.inquiry.InquiryMailText;
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.Test;

/**
 * Contract test: what every adapter of {@link InquiryMailTexts} must do (the in-memory reference in
 * the service tests; JPA on H2 and PostgreSQL in adapters-persistence). Each test starts on an
 * empty store.
 */
public abstract class AbstractInquiryMailTextsContractTest {

  protected abstract InquiryMailTexts texts();

  /** Runs the work in a transaction of its own, committed unless it throws. */
  protected <T> T inTransaction(Supplier<T> work) {
    return work.get();
  }

  private void inTransaction(Runnable work) {
    inTransaction(
        () -> {
          work.run();
          return null;
        });
  }

  private static InquiryMailText answered(Language language, String subject) {
    return new InquiryMailText(
        InquiryMailKind.ANSWERED, language, subject, "Die Antwort:\n\n{answer}\n\nGrüße");
  }

  @Test
  void aWording_isStoredAtVersion0_andReadBackAsSaved() {
    assertTrue(texts().find(InquiryMailKind.ANSWERED, Language.DE).isEmpty());

    inTransaction(() -> texts().save(answered(Language.DE, "Beantwortet"), -1));

    StoredMailText stored = texts().find(InquiryMailKind.ANSWERED, Language.DE).orElseThrow();
    assertEquals(answered(Language.DE, "Beantwortet"), stored.text());
    assertEquals(0, stored.version());
    assertTrue(texts().find(InquiryMailKind.ANSWERED, Language.FR).isEmpty());
    assertTrue(texts().find(InquiryMailKind.RECEIVED, Language.DE).isEmpty());
    assertEquals(1, texts().all().size());
  }

  @Test
  void aChange_atTheVersionRead_countsTheVersionUp_andAStaleOne_changesNothing() {
    inTransaction(() -> texts().save(answered(Language.DE, "Eins"), -1));
    inTransaction(() -> texts().save(answered(Language.DE, "Zwei"), 0));

    assertThrows(
        ConcurrentUpdateException.class,
        () -> inTransaction(() -> texts().save(answered(Language.DE, "Drei"), 0)));
    assertThrows(
        ConcurrentUpdateException.class,
        () -> inTransaction(() -> texts().save(answered(Language.DE, "Vier"), -1)));

    StoredMailText stored = texts().find(InquiryMailKind.ANSWERED, Language.DE).orElseThrow();
    assertEquals("Zwei", stored.text().subject());
    assertEquals(1, stored.version());
  }

  @Test
  void aRemoval_atTheVersionRead_bringsBackTheDefault_andAStaleOne_changesNothing() {
    inTransaction(() -> texts().save(answered(Language.EN, "One"), -1));

    assertThrows(
        ConcurrentUpdateException.class,
        () -> inTransaction(() -> texts().remove(InquiryMailKind.ANSWERED, Language.EN, 3)));
    assertThrows(
        ConcurrentUpdateException.class,
        () -> inTransaction(() -> texts().remove(InquiryMailKind.RECEIVED, Language.EN, 0)));
    assertEquals(1, texts().all().size());

    inTransaction(() -> texts().remove(InquiryMailKind.ANSWERED, Language.EN, 0));
    assertTrue(texts().find(InquiryMailKind.ANSWERED, Language.EN).isEmpty());
  }
}
