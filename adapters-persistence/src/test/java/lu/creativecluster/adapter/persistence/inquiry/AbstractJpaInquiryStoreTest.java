package lu.creativecluster.adapter.persistence.inquiry;

import static lu.creativecluster.application.port.out.inquiry.SampleInquiry.STAFF;
import static lu.creativecluster.application.port.out.inquiry.SampleInquiry.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.function.Supplier;
import lu.creativecluster.adapter.persistence.store.StampedCache;
import lu.creativecluster.adapter.persistence.store.TestStore;
import lu.creativecluster.adapter.persistence.store.Ticker;
import lu.creativecluster.application.port.out.inquiry.AbstractInquiryStoreContractTest;
import lu.creativecluster.application.port.out.inquiry.Inquiries;
import lu.creativecluster.application.port.out.inquiry.Recipients;
import lu.creativecluster.application.port.out.inquiry.RoutingRules;
import lu.creativecluster.application.port.out.inquiry.SampleInquiry;
import lu.creativecluster.domain.inquiry.FollowUp;
import lu.creativecluster.domain.inquiry.Inquiry;
import lu.creativecluster.domain.inquiry.InquiryKind;
import lu.creativecluster.domain.inquiry.InquiryStatus;
import lu.creativecluster.domain.inquiry.InquiryTopic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Test base: runs the inquiry store contract against {@link JpaInquiries}, {@link JpaRecipients}
 * and {@link JpaRoutingRules} on a real database migrated by the production changelog, and checks
 * what only the database shows: the mapping and the column where anonymisation must leave nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractJpaInquiryStoreTest extends AbstractInquiryStoreContractTest {

  static final String[] TABLES = {
    "inquiry_step",
    "inquiry_follow_up",
    "inquiry",
    "inquiry_routing_rule",
    "inquiry_recipient_sector",
    "inquiry_recipient_topic",
    "inquiry_recipient_language",
    "inquiry_recipient"
  };

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
  void emptyTables() {
    store.empty(TABLES);
  }

  @AfterEach
  void closeDetached() {
    store.closeDetached();
  }

  @Override
  protected Inquiries inquiries() {
    return new JpaInquiries(store::entityManager);
  }

  @Override
  protected Recipients recipients() {
    return new JpaRecipients(store::entityManager);
  }

  @Override
  protected RoutingRules routingRules() {
    return new JpaRoutingRules(store::entityManager);
  }

  @Override
  protected <T> T inTransaction(Supplier<T> work) {
    return store.inTransaction(work);
  }

  @Test
  void entityMapping_matchesTheSchemaLiquibaseBuilt() {
    store.validateMapping();
  }

  @Test
  void anonymisation_leavesNoPersonalDataInAnyColumn() {
    Inquiry inquiry =
        SampleInquiry.question("Call me on 621 000 000", "Zoë Secret", SampleInquiry.T0);
    store.inTransaction(() -> inquiries().add(inquiry));
    Inquiry read = inquiries().byId(inquiry.id()).orElseThrow();
    read.addFollowUp(
        lu.creativecluster.domain.inquiry.FollowUp.Author.ASKER,
        "Zoë again",
        "visitor",
        SampleInquiry.T0.plusSeconds(1));
    read.answerDirectly("Dear Zoë", SampleInquiry.STAFF, SampleInquiry.T0.plusSeconds(2));
    read.close(SampleInquiry.STAFF, SampleInquiry.T0.plusSeconds(3), "");
    read.anonymise(SampleInquiry.T0.plusSeconds(4));
    store.inTransaction(() -> inquiries().save(read));

    assertEquals(
        0,
        store.count(
            "SELECT COUNT(*) FROM inquiry WHERE asker_name IS NOT NULL OR asker_email IS NOT NULL"
                + " OR asker_organisation IS NOT NULL OR message <> '' OR answer_text <> ''"
                + " OR tracking_hash IS NOT NULL"));
    assertEquals(0, store.count("SELECT COUNT(*) FROM inquiry_follow_up WHERE text <> ''"));
    assertEquals(0, store.count("SELECT COUNT(*) FROM inquiry_step WHERE why <> ''"));
    assertEquals(Optional.empty(), inquiries().byTrackingHash("t-Zoë Secret-" + SampleInquiry.T0));
  }

  // ---------------------------------------------------------------- the tracking read's cache

  /** Each server's adapter on a clock the test moves. */
  private JpaInquiries server(Ticker ticker) {
    return new JpaInquiries(
        store::entityManager,
        new StampedCache<>(JpaInquiries.TRACKING_CACHE_SIZE, StampedCache.RECHECK_MILLIS, ticker));
  }

  private Inquiry tracked(JpaInquiries adapter, String hash) {
    return inTransaction(() -> adapter.readByTrackingHash(hash)).orElseThrow();
  }

  private void change(JpaInquiries adapter, String hash, java.util.function.Consumer<Inquiry> how) {
    inTransaction(
        () -> {
          Inquiry inquiry = adapter.byTrackingHash(hash).orElseThrow();
          how.accept(inquiry);
          adapter.save(inquiry);
        });
  }

  @Test
  void trackingRead_isServedFromMemory_untilTheInquiryTableChanges() {
    JpaInquiries adapter = server(new Ticker());
    inTransaction(
        () ->
            adapter.add(
                SampleInquiry.received(
                    InquiryKind.QUESTION, InquiryTopic.FUNDING, "Help", "Zoë", T0, "hash-1")));
    tracked(adapter, "hash-1");

    assertEquals(
        0,
        store.statementsDuring(() -> tracked(adapter, "hash-1")),
        "a second read within the recheck interval asks the database nothing");
  }

  @Test
  void trackingRead_showsEveryChangeOfTheInquiry_onTheNextRead() {
    JpaInquiries adapter = server(new Ticker());
    inTransaction(
        () ->
            adapter.add(
                SampleInquiry.received(
                    InquiryKind.QUESTION, InquiryTopic.FUNDING, "Help", "Zoë", T0, "hash-1")));
    assertEquals(InquiryStatus.RECEIVED, tracked(adapter, "hash-1").status());

    change(
        adapter,
        "hash-1",
        i -> i.addFollowUp(FollowUp.Author.ASKER, "Also the logo", "visitor", T0.plusSeconds(1)));
    assertEquals(
        java.util.List.of("Also the logo"),
        tracked(adapter, "hash-1").followUps().stream().map(FollowUp::text).toList(),
        "a follow-up");

    change(adapter, "hash-1", i -> i.triage(Optional.empty(), STAFF, T0.plusSeconds(2), ""));
    assertEquals(InquiryStatus.TRIAGED, tracked(adapter, "hash-1").status(), "a status change");

    change(adapter, "hash-1", i -> i.answerDirectly("Dear Zoë", STAFF, T0.plusSeconds(3)));
    Inquiry answered = tracked(adapter, "hash-1");
    assertEquals(InquiryStatus.ANSWERED, answered.status(), "an answer");
    assertEquals("Dear Zoë", answered.answer().orElseThrow().text());

    change(adapter, "hash-1", i -> i.close(STAFF, T0.plusSeconds(4), ""));
    assertEquals(InquiryStatus.CLOSED, tracked(adapter, "hash-1").status());
    change(adapter, "hash-1", i -> i.anonymise(T0.plusSeconds(5)));
    assertEquals(
        Optional.empty(),
        inTransaction(() -> adapter.readByTrackingHash("hash-1")),
        "an anonymised inquiry is no longer found by its old token");
  }

  @Test
  void trackingRead_showsAChangeMadeOnAnotherServer_withinTheRecheckInterval() {
    Ticker ticker = new Ticker();
    JpaInquiries reader = server(ticker);
    JpaInquiries writer = server(ticker);
    inTransaction(
        () ->
            writer.add(
                SampleInquiry.received(
                    InquiryKind.QUESTION, InquiryTopic.FUNDING, "Help", "Zoë", T0, "hash-1")));
    assertEquals(InquiryStatus.RECEIVED, tracked(reader, "hash-1").status());

    change(writer, "hash-1", i -> i.answerDirectly("Dear Zoë", STAFF, T0.plusSeconds(3)));
    ticker.advanceMillis(StampedCache.RECHECK_MILLIS - 1);
    assertEquals(
        InquiryStatus.RECEIVED,
        tracked(reader, "hash-1").status(),
        "another server may show what it read for up to the interval");
    ticker.advanceMillis(1);
    assertEquals(InquiryStatus.ANSWERED, tracked(reader, "hash-1").status());
  }

  @Test
  void trackingRead_handsOutItsOwnCopy_soAChangeByTheCallerReachesNoOtherRead() {
    JpaInquiries adapter = server(new Ticker());
    inTransaction(
        () ->
            adapter.add(
                SampleInquiry.received(
                    InquiryKind.QUESTION, InquiryTopic.FUNDING, "Help", "Zoë", T0, "hash-1")));
    Inquiry first = tracked(adapter, "hash-1");
    first.addFollowUp(FollowUp.Author.ASKER, "never saved", "visitor", T0.plusSeconds(1));
    first.reject(STAFF, T0.plusSeconds(2), "");

    Inquiry again = tracked(adapter, "hash-1");
    assertEquals(InquiryStatus.RECEIVED, again.status());
    assertEquals(java.util.List.of(), again.followUps());
  }

  @Test
  void trackingRead_inATransactionThatWrote_readsItsOwnWrite_andKeepsNothingOfARollback() {
    JpaInquiries adapter = server(new Ticker());
    inTransaction(
        () ->
            adapter.add(
                SampleInquiry.received(
                    InquiryKind.QUESTION, InquiryTopic.FUNDING, "Help", "Zoë", T0, "hash-1")));
    tracked(adapter, "hash-1");
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalStateException.class,
        () ->
            inTransaction(
                () -> {
                  Inquiry inquiry = adapter.byTrackingHash("hash-1").orElseThrow();
                  inquiry.reject(STAFF, T0.plusSeconds(1), "spam");
                  adapter.save(inquiry);
                  assertEquals(
                      InquiryStatus.REJECTED,
                      adapter.readByTrackingHash("hash-1").orElseThrow().status(),
                      "a transaction reads its own write");
                  throw new IllegalStateException("roll back");
                }));
    assertEquals(InquiryStatus.RECEIVED, tracked(adapter, "hash-1").status());
  }
}
