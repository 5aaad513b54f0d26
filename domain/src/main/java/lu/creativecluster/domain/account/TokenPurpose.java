package lu.creativecluster.domain.account;

import java.time.Duration;

/** What a one-time link is for, and how long it stays valid. */
public enum TokenPurpose {
  /** The link in an invitation: the invitee chooses a first password. */
  INVITATION(Duration.ofDays(3)),
  /** The link in a password-reset mail. */
  PASSWORD_RESET(Duration.ofHours(1));

  private final Duration validity;

  TokenPurpose(Duration validity) {
    this.validity = validity;
  }

  public Duration validity() {
    return validity;
  }
}
