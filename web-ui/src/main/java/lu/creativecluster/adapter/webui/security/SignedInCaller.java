package lu.creativecluster.adapter.webui.security;

import jakarta.security.enterprise.CallerPrincipal;
import java.util.Objects;
import lu.creativecluster.domain.access.Actor;

/**
 * Security adapter: carries the {@link Actor} and the account's session version from the identity
 * store to the mechanism, since Jakarta Security's validation result only holds a {@link
 * CallerPrincipal}.
 */
final class SignedInCaller extends CallerPrincipal {

  private static final long serialVersionUID = 1L;

  private final transient Actor actor;
  private final long sessionVersion;

  SignedInCaller(Actor actor, long sessionVersion) {
    super(Objects.requireNonNull(actor, "actor").getName());
    this.actor = actor;
    this.sessionVersion = sessionVersion;
  }

  Actor actor() {
    return actor;
  }

  long sessionVersion() {
    return sessionVersion;
  }
}
