package lu.creativecluster.application.port.out.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import lu.creativecluster.domain.account.Account;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.account.OneTimeToken;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.account.TokenPurpose;
import lu.creativecluster.domain.shared.Email;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract test: what every adapter of the {@link OneTimeTokens} port must do; above all, a link
 * works once, even when two requests use it at the same moment. Each test starts on an empty store
 * with one account, whose links they are.
 */
public abstract class AbstractOneTimeTokensContractTest {

  protected static final Instant ISSUED = Instant.parse("2026-03-01T09:15:30.123456Z");
  private static final SecureRandom RANDOM = new SecureRandom();

  private AccountId owner;

  /** The adapter under test, on a store whose schema has been migrated. */
  protected abstract OneTimeTokens tokens();

  /** The accounts of the same store: a link always belongs to a stored account. */
  protected abstract Accounts accounts();

  /** Runs the work in a transaction of its own, committed unless the work throws. */
  protected abstract <T> T inTransaction(Supplier<T> work);

  protected void inTransaction(Runnable work) {
    inTransaction(
        () -> {
          work.run();
          return null;
        });
  }

  @BeforeEach
  protected void storeTheOwner() {
    Account account =
        Account.invite(
            AccountId.newId(), new Email("owner@example.lu"), "Owner", Role.MEMBER, ISSUED);
    inTransaction(() -> accounts().add(account));
    owner = account.id();
  }

  @Test
  void add_thenBySecretHash_returnsEveryFieldAsSaved() {
    for (TokenPurpose purpose : TokenPurpose.values()) {
      OneTimeToken token = OneTimeToken.issue(owner, purpose, randomHash(), ISSUED);

      inTransaction(() -> tokens().add(token));

      assertSameState(token, tokens().bySecretHash(token.secretHash()).orElseThrow());
    }
  }

  @Test
  void bySecretHash_givenUnknownHash_returnsEmpty() {
    inTransaction(() -> tokens().add(issue()));

    assertTrue(tokens().bySecretHash(randomHash()).isEmpty());
  }

  @Test
  void update_savesTheMomentOfUse() {
    OneTimeToken issued = issue();
    inTransaction(() -> tokens().add(issued));
    Instant used = ISSUED.plusSeconds(600).plusNanos(1_000);

    inTransaction(
        () -> {
          OneTimeToken token = tokens().bySecretHash(issued.secretHash()).orElseThrow();
          token.redeem(used);
          tokens().update(token);
        });

    OneTimeToken stored = tokens().bySecretHash(issued.secretHash()).orElseThrow();
    assertEquals(used, stored.usedAt().orElseThrow());
    assertFalse(stored.isUsableAt(used.plusSeconds(1)));
  }

  @Test
  void update_ofALinkRedeemedMeanwhile_isRefused_andKeepsTheFirstUse() {
    OneTimeToken issued = issue();
    inTransaction(() -> tokens().add(issued));
    OneTimeToken first = tokens().bySecretHash(issued.secretHash()).orElseThrow();
    OneTimeToken second = tokens().bySecretHash(issued.secretHash()).orElseThrow();
    first.redeem(ISSUED.plusSeconds(10));
    inTransaction(() -> tokens().update(first));

    second.redeem(ISSUED.plusSeconds(20));
    assertThrows(
        ConcurrentUpdateException.class, () -> inTransaction(() -> tokens().update(second)));

    assertEquals(
        ISSUED.plusSeconds(10),
        tokens().bySecretHash(issued.secretHash()).orElseThrow().usedAt().orElseThrow());
  }

  @Test
  void update_whenTwoRequestsRedeemTheSameLinkAtOnce_onlyOneSucceeds() throws Exception {
    OneTimeToken issued = issue();
    inTransaction(() -> tokens().add(issued));
    // Both requests have read the unused link before either writes.
    CyclicBarrier bothRead = new CyclicBarrier(2);
    ExecutorService requests = Executors.newFixedThreadPool(2);
    try {
      List<Future<Instant>> outcomes = new ArrayList<>();
      for (int i = 1; i <= 2; i++) {
        Instant at = ISSUED.plusSeconds(i);
        outcomes.add(
            requests.submit(
                () ->
                    inTransaction(
                        () -> {
                          OneTimeToken token =
                              tokens().bySecretHash(issued.secretHash()).orElseThrow();
                          await(bothRead);
                          token.redeem(at);
                          tokens().update(token);
                          return at;
                        })));
      }

      List<Instant> succeeded = new ArrayList<>();
      List<Throwable> refused = new ArrayList<>();
      for (Future<Instant> outcome : outcomes) {
        try {
          succeeded.add(outcome.get(30, TimeUnit.SECONDS));
        } catch (java.util.concurrent.ExecutionException e) {
          refused.add(e.getCause());
        }
      }

      assertEquals(1, succeeded.size(), "succeeded: " + succeeded + ", refused: " + refused);
      assertInstanceOf(ConcurrentUpdateException.class, refused.get(0));
      assertEquals(
          succeeded.get(0),
          tokens().bySecretHash(issued.secretHash()).orElseThrow().usedAt().orElseThrow());
    } finally {
      requests.shutdownNow();
    }
  }

  @Test
  void update_givenATokenNotRedeemed_isRejected() {
    OneTimeToken issued = issue();
    inTransaction(() -> tokens().add(issued));

    assertThrows(
        IllegalArgumentException.class, () -> inTransaction(() -> tokens().update(issued)));

    assertTrue(tokens().bySecretHash(issued.secretHash()).orElseThrow().usedAt().isEmpty());
  }

  @Test
  void update_givenATokenNeverAdded_isRefused() {
    OneTimeToken neverAdded = issue();
    neverAdded.redeem(ISSUED.plusSeconds(1));

    assertThrows(
        ConcurrentUpdateException.class, () -> inTransaction(() -> tokens().update(neverAdded)));
  }

  @Test
  void revokeAllOf_endsEveryUnusedLinkOfTheAccount_andNoOtherAccountsLinks() {
    Account other =
        Account.invite(
            AccountId.newId(), new Email("other@example.lu"), "Other", Role.MEMBER, ISSUED);
    inTransaction(() -> accounts().add(other));
    OneTimeToken invitation =
        OneTimeToken.issue(owner, TokenPurpose.INVITATION, randomHash(), ISSUED);
    OneTimeToken reset = issue();
    OneTimeToken othersLink =
        OneTimeToken.issue(other.id(), TokenPurpose.PASSWORD_RESET, randomHash(), ISSUED);
    inTransaction(
        () -> {
          tokens().add(invitation);
          tokens().add(reset);
          tokens().add(othersLink);
        });
    Instant revoked = ISSUED.plusSeconds(30).plusNanos(1_000);

    int count = inTransaction(() -> tokens().revokeAllOf(owner, revoked));

    assertEquals(2, count);
    for (OneTimeToken ended : List.of(invitation, reset)) {
      OneTimeToken stored = tokens().bySecretHash(ended.secretHash()).orElseThrow();
      assertEquals(revoked, stored.usedAt().orElseThrow());
      assertFalse(stored.isUsableAt(revoked.plusSeconds(1)));
    }
    assertTrue(tokens().bySecretHash(othersLink.secretHash()).orElseThrow().usedAt().isEmpty());
  }

  @Test
  void revokeAllOf_keepsWhenAUsedLinkWasUsed() {
    OneTimeToken used = issue();
    inTransaction(() -> tokens().add(used));
    Instant usedAt = ISSUED.plusSeconds(5);
    inTransaction(
        () -> {
          OneTimeToken token = tokens().bySecretHash(used.secretHash()).orElseThrow();
          token.redeem(usedAt);
          tokens().update(token);
        });

    assertEquals(0, (int) inTransaction(() -> tokens().revokeAllOf(owner, usedAt.plusSeconds(5))));

    assertEquals(usedAt, tokens().bySecretHash(used.secretHash()).orElseThrow().usedAt().get());
  }

  @Test
  void aLinkReadBeforeARevocation_cannotBeRedeemedAfterIt() {
    OneTimeToken issued = issue();
    inTransaction(() -> tokens().add(issued));

    assertThrows(
        ConcurrentUpdateException.class,
        () ->
            inTransaction(
                () -> {
                  OneTimeToken token = tokens().bySecretHash(issued.secretHash()).orElseThrow();
                  // Meanwhile another request sets the password and revokes the account's links.
                  inTransaction(() -> tokens().revokeAllOf(owner, ISSUED.plusSeconds(1)));
                  token.redeem(ISSUED.plusSeconds(2));
                  tokens().update(token);
                }));

    assertEquals(
        ISSUED.plusSeconds(1),
        tokens().bySecretHash(issued.secretHash()).orElseThrow().usedAt().orElseThrow());
  }

  @Test
  void discard_deletesTheLink_andAnUnknownIdIsNoError() {
    OneTimeToken unsent = issue();
    OneTimeToken kept = issue();
    inTransaction(
        () -> {
          tokens().add(unsent);
          tokens().add(kept);
        });

    inTransaction(() -> tokens().discard(unsent.id()));
    inTransaction(() -> tokens().discard(UUID.randomUUID()));

    assertTrue(tokens().bySecretHash(unsent.secretHash()).isEmpty());
    assertTrue(tokens().bySecretHash(kept.secretHash()).isPresent());
  }

  protected OneTimeToken issue() {
    return OneTimeToken.issue(owner, TokenPurpose.PASSWORD_RESET, randomHash(), ISSUED);
  }

  protected static String randomHash() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("the other request never read the link", e);
    }
  }

  protected static void assertSameState(OneTimeToken expected, OneTimeToken actual) {
    assertEquals(expected.id(), actual.id(), "id");
    assertEquals(expected.accountId(), actual.accountId(), "accountId");
    assertEquals(expected.purpose(), actual.purpose(), "purpose");
    assertEquals(expected.secretHash(), actual.secretHash(), "secretHash");
    assertEquals(expected.createdAt(), actual.createdAt(), "createdAt");
    assertEquals(expected.expiresAt(), actual.expiresAt(), "expiresAt");
    assertEquals(expected.usedAt(), actual.usedAt(), "usedAt");
  }
}
