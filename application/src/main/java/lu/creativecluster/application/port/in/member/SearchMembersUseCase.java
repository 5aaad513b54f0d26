package lu.creativecluster.application.port.in.member;

import lu.creativecluster.domain.access.Actor;

/**
 * Use case: search the member directory. Everyone searches active members; staff may search every
 * status.
 */
public interface SearchMembersUseCase {

  /**
   * @throws InvalidSearchParameterException if a filter names an unknown sector
   * @throws lu.creativecluster.application.port.in.access.AccessDeniedException if someone other
   *     than staff asks for other statuses than active
   */
  MemberSearchResult search(Actor actor, MemberSearchQuery query);
}
