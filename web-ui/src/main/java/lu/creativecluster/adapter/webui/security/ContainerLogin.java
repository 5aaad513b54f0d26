package lu.creativecluster.adapter.webui.security;

import jakarta.security.enterprise.AuthenticationStatus;
import lu.creativecluster.domain.access.Actor;

/**
 * Security adapter: what {@link ClusterAuthenticationMechanism} tells the servlet container about
 * the caller of one request. {@link ClusterServerAuthModule} answers it through the container's
 * JASPIC callbacks.
 */
interface ContainerLogin {

  /** The request is this caller's, in the groups {@link ContainerGroups} gives it. */
  AuthenticationStatus caller(Actor actor);

  /** The request goes on without a caller (a visitor on a page anyone may open). */
  AuthenticationStatus anonymous();
}
