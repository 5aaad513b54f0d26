package lu.creativecluster.adapter.rest.member;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import lu.creativecluster.adapter.rest.problem.ProblemResponses;
import lu.creativecluster.adapter.rest.problem.ProblemType;
import lu.creativecluster.application.port.in.member.MemberMovedException;
import lu.creativecluster.application.port.in.member.MemberNotFoundException;
import lu.creativecluster.application.port.in.member.ShowMemberProfileUseCase;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.member.IllegalMembershipTransitionException;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.member.MembershipEndedException;
import lu.creativecluster.domain.member.Slug;

/**
 * The member a slug in the path names, as the caller may see it. A malformed slug, a member the
 * caller may not see and a merged record are all the same 404: the personal-data operations never
 * follow a merge, so nobody reaches another record's data through an old link.
 */
final class MemberSlugs {

  private MemberSlugs() {}

  static MemberId resolve(ShowMemberProfileUseCase show, Actor actor, String raw, UriInfo uriInfo) {
    Slug slug;
    try {
      slug = new Slug(raw);
    } catch (IllegalArgumentException malformed) {
      throw notFound(uriInfo);
    }
    try {
      return show.show(actor, slug).publicView().id();
    } catch (MemberNotFoundException | MemberMovedException e) {
      throw notFound(uriInfo);
    }
  }

  /** Runs a change that a merged or erased record refuses; such a refusal is a 409. */
  static Response conflictIfEnded(Runnable change, UriInfo uriInfo) {
    try {
      change.run();
      return Response.noContent().build();
    } catch (MembershipEndedException | IllegalMembershipTransitionException e) {
      return ProblemResponses.of(
          Response.Status.CONFLICT,
          ProblemType.ABOUT_BLANK,
          "Conflict",
          "The member record has ended (merged or erased).",
          uriInfo);
    }
  }

  private static WebApplicationException notFound(UriInfo uriInfo) {
    return new WebApplicationException(
        ProblemResponses.of(
            Response.Status.NOT_FOUND,
            ProblemType.ABOUT_BLANK,
            "Not Found",
            "No member by that slug, or none you may see.",
            uriInfo));
  }
}
