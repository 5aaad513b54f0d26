package lu.creativecluster.adapter.persistence.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import lu.creativecluster.adapter.persistence.store.StampedCache;
import lu.creativecluster.adapter.persistence.store.TestStore;
import lu.creativecluster.adapter.persistence.store.Ticker;
import lu.creativecluster.application.port.out.inquiry.AbstractInquiryMailTextsContractTest;
import lu.creativecluster.application.port.out.inquiry.InquiryMailTexts;
import lu.creativecluster.domain.inquiry.InquiryMailKind;
import lu.creativecluster.domain.inquiry.InquiryMailText;
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Test base: runs the mail-text contract against {@link JpaInquiryMailTexts} on a real database
 * migrated by the production changelog.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractJpaInquiryMailTextsTest extends AbstractInquiryMailTextsContractTest {

  private TestStore store;

  protected abstract TestStore startStore();

  @BeforeAll
  void start() {
    store = startStore();
  }

  @AfterAll
  void stop() {
    if (store != null) {
      store.close();
    }
  }

  @BeforeEach
  void emptyTable() {
    store.empty("inquiry_mail_text");
  }

  @AfterEach
  void closeDetached() {
    store.closeDetached();
  }

  @Override
  protected InquiryMailTexts texts() {
    return new JpaInquiryMailTexts(store::entityManager);
  }

  @Override
  protected <T> T inTransaction(Supplier<T> work) {
    return store.inTransaction(work);
  }

  @Test
  void entityMapping_matchesTheSchemaLiquibaseBuilt() {
    store.validateMapping();
  }

  // ---------------------------------------------------------------- the wordings kept in memory

  private JpaInquiryMailTexts server(Ticker ticker) {
    return new JpaInquiryMailTexts(
        store::entityManager, new StampedCache<>(1, StampedCache.RECHECK_MILLIS, ticker));
  }

  private static InquiryMailText received(String subject) {
    return new InquiryMailText(
        InquiryMailKind.RECEIVED, Language.EN, subject, "Thanks. Follow it here: {trackingLink}");
  }

  /** The subject the next confirmation mail would use, or "default" for the bundle's. */
  private String subjectUsed(JpaInquiryMailTexts texts) {
    return inTransaction(
        () ->
            texts
                .find(InquiryMailKind.RECEIVED, Language.EN)
                .map(t -> t.text().subject())
                .orElse("default"));
  }

  @Test
  void wordings_areReadOnce_thenFromMemory_whileNothingChanges() {
    JpaInquiryMailTexts texts = server(new Ticker());
    store.inTransaction(() -> texts.save(received("Got it"), InquiryMailTexts.NOT_STORED));
    assertEquals("Got it", subjectUsed(texts));

    assertEquals(
        0,
        store.statementsDuring(
            () -> {
              subjectUsed(texts);
              inTransaction(() -> texts.find(InquiryMailKind.ANSWERED, Language.DE));
            }),
        "every kind and language comes from memory within the recheck interval");
  }

  @Test
  void everyEditOrReset_isUsedByTheNextMail_onTheServerThatMadeIt() {
    JpaInquiryMailTexts texts = server(new Ticker());
    assertEquals("default", subjectUsed(texts));
    store.inTransaction(() -> texts.save(received("Got it"), InquiryMailTexts.NOT_STORED));
    assertEquals("Got it", subjectUsed(texts));
    store.inTransaction(() -> texts.save(received("Got it!"), 0));
    assertEquals("Got it!", subjectUsed(texts));
    store.inTransaction(() -> texts.remove(InquiryMailKind.RECEIVED, Language.EN, 1));
    assertEquals("default", subjectUsed(texts));
    // A new first wording after the reset: same row count as before it, version 0 again.
    store.inTransaction(() -> texts.save(received("Noted"), InquiryMailTexts.NOT_STORED));
    assertEquals("Noted", subjectUsed(texts));
  }

  @Test
  void anEditOnAnotherServer_isUsedWithinTheRecheckInterval() {
    Ticker ticker = new Ticker();
    JpaInquiryMailTexts reader = server(ticker);
    JpaInquiryMailTexts writer = server(ticker);
    store.inTransaction(() -> writer.save(received("Got it"), InquiryMailTexts.NOT_STORED));
    assertEquals("Got it", subjectUsed(reader));

    store.inTransaction(() -> writer.save(received("Thank you"), 0));
    ticker.advanceMillis(StampedCache.RECHECK_MILLIS - 1);
    assertEquals("Got it", subjectUsed(reader), "kept for up to the interval");
    ticker.advanceMillis(1);
    assertEquals("Thank you", subjectUsed(reader));

    // A reset and a new first wording of another length (version 0 again, same row count).
    store.inTransaction(() -> writer.remove(InquiryMailKind.RECEIVED, Language.EN, 1));
    store.inTransaction(() -> writer.save(received("Noted"), InquiryMailTexts.NOT_STORED));
    store.inTransaction(() -> writer.save(received("Noted."), 0));
    ticker.advanceMillis(StampedCache.RECHECK_MILLIS);
    assertEquals("Noted.", subjectUsed(reader));
  }

  @Test
  void aTransactionThatChangedAWording_readsItsOwnChange_andARollbackLeavesNothingKept() {
    JpaInquiryMailTexts texts = server(new Ticker());
    store.inTransaction(() -> texts.save(received("Got it"), InquiryMailTexts.NOT_STORED));
    assertEquals("Got it", subjectUsed(texts));
    try {
      store.inTransaction(
          () -> {
            texts.save(received("Uncommitted"), 0);
            assertEquals(
                "Uncommitted",
                texts.find(InquiryMailKind.RECEIVED, Language.EN).orElseThrow().text().subject());
            throw new IllegalStateException("roll back");
          });
    } catch (IllegalStateException expected) {
      // rolled back
    }
    assertEquals("Got it", subjectUsed(texts));
    assertTrue(inTransaction(() -> texts.all()).size() == 1);
  }
}
