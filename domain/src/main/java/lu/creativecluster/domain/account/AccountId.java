package lu.creativecluster.domain.account;

import java.util.Objects;
import java.util.UUID;

/** Value type: the identity of an account, never reused. */
public record AccountId(UUID value) {

  public AccountId {
    Objects.requireNonNull(value, "value");
  }

  public static AccountId newId() {
    return new AccountId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
