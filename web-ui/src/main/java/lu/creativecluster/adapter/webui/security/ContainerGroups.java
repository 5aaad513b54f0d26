package lu.creativecluster.adapter.webui.security;

import java.util.Set;
import java.util.TreeSet;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.Role;

/**
 * Security adapter: the groups the container is told for a caller, which its {@code isUserInRole}
 * then answers. People get their role codes (an admin is also staff); partner systems their token's
 * scopes, except scopes spelled like a role: an identity provider must not be able to make a token
 * "staff".
 */
final class ContainerGroups {

  private ContainerGroups() {}

  static Set<String> of(Actor actor) {
    Set<String> groups = new TreeSet<>();
    switch (actor.kind()) {
      case PERSON ->
          actor.roles().forEach(role -> role.granted().forEach(g -> groups.add(g.code())));
      case PARTNER ->
          actor.scopes().stream()
              .filter(scope -> Role.fromCode(scope).isEmpty())
              .forEach(groups::add);
      case VISITOR -> {}
    }
    return Set.copyOf(groups);
  }
}
