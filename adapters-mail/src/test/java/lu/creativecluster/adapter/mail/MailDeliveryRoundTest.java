package lu.creativecluster.adapter.mail;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MailDeliveryRoundTest {

  private final Logger logger = Logger.getLogger(MailDeliveryRound.class.getName());
  private final List<LogRecord> records = new ArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord logRecord) {
          records.add(logRecord);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private Level levelBefore;

  /** Rounds answer from a script: a number delivers, an exception fails. */
  private final Deque<Object> script = new ArrayDeque<>();

  private final IntSupplier scripted =
      () -> {
        Object next = script.removeFirst();
        if (next instanceof RuntimeException e) {
          throw e;
        }
        return (Integer) next;
      };

  private final MailDeliveryRound round = new MailDeliveryRound(scripted::getAsInt);

  @BeforeEach
  void listen() {
    levelBefore = logger.getLevel();
    logger.setLevel(Level.ALL);
    logger.addHandler(capture);
  }

  @AfterEach
  void stopListening() {
    logger.removeHandler(capture);
    logger.setLevel(levelBefore);
  }

  private List<LogRecord> at(Level level) {
    return records.stream().filter(r -> r.getLevel() == level).toList();
  }

  @Test
  void aFailingRound_doesNotThrow_soTheSchedulerKeepsRunningRounds() {
    script.add(new IllegalStateException("database down"));

    assertDoesNotThrow(round::run);
  }

  @Test
  void theSameFailureAgainAndAgain_warnsOnce_withoutAStackTrace() {
    for (int i = 0; i < 5; i++) {
      script.add(new IllegalStateException("connection refused"));
    }

    for (int i = 0; i < 5; i++) {
      round.run();
    }

    assertEquals(1, at(Level.WARNING).size());
    assertEquals(null, at(Level.WARNING).get(0).getThrown());
    assertTrue(
        String.valueOf(at(Level.WARNING).get(0).getParameters()[0]).contains("connection refused"));
  }

  @Test
  void aDifferentFailure_warnsAgain_andRecoveryIsReported() {
    script.add(new IllegalStateException("connection refused"));
    script.add(new IllegalArgumentException("bad address"));
    script.add(2);

    round.run();
    round.run();
    round.run();

    assertEquals(2, at(Level.WARNING).size());
    assertEquals(1, at(Level.INFO).size());
  }

  @Test
  void theSummary_namesTheRootCause_onOneLine() {
    RuntimeException e =
        new IllegalStateException("round failed", new RuntimeException("SMTP\r\n421 busy"));

    assertEquals(
        "IllegalStateException: round failed, caused by RuntimeException: SMTP 421 busy",
        MailDeliveryRound.summary(e));
  }
}
