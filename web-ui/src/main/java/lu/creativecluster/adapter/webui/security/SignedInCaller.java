package lu.creativecluster.adapter.webui.security;

import jakarta.security.enterprise.CallerPrincipal;
import java.util.Objects;
import lu.creativecluster.domain.access.Actor;

/**
 * Security adapter: carries the {@link Actor} from the identity store to the mechanism, since
 * Jakarta Security's validation result only holds a {@link CallerPrincipal}.
 */
final class SignedInCaller extends CallerPrincipal {

  private static final long serialVersionUID = 1L;

  private final transient Actor actor;

  SignedInCaller(Actor actor) {
    super(Objects.requireNonNull(actor, "actor").getName());
    this.actor = actor;
  }

  Actor actor() {
    return actor;
  }
}
