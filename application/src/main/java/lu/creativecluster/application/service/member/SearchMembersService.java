package lu.creativecluster.application.service.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.member.InvalidSearchParameterException;
import lu.creativecluster.application.port.in.member.MemberDirectoryGenerationUseCase;
import lu.creativecluster.application.port.in.member.MemberSearchQuery;
import lu.creativecluster.application.port.in.member.MemberSearchResult;
import lu.creativecluster.application.port.in.member.SearchMembersUseCase;
import lu.creativecluster.application.port.out.member.MemberSearch;
import lu.creativecluster.application.port.out.sector.Sectors;
import lu.creativecluster.application.service.sector.SectorCatalog;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.sector.SectorCode;

/**
 * Use case service: searches the directory. The public sees active members only; a sector filter
 * must name one of the cluster's sectors (an unknown one is the caller's mistake, not an empty
 * answer). Also tells the directory's current generation, which pages rendered from it are kept by.
 */
@ApplicationScoped
@Transactional
public class SearchMembersService
    implements SearchMembersUseCase, MemberDirectoryGenerationUseCase {

  private final MemberSearch search;

  // The sectors from memory (reference data): a sector filter is checked on every search.
  private final SectorCatalog sectors;

  /** For CDI's client proxy only. */
  protected SearchMembersService() {
    this.search = null;
    this.sectors = null;
  }

  public SearchMembersService(MemberSearch search, Sectors sectors) {
    this(search, new SectorCatalog(sectors));
  }

  @Inject
  public SearchMembersService(MemberSearch search, SectorCatalog sectors) {
    this.search = search;
    this.sectors = sectors;
  }

  @Override
  public MemberSearchResult search(Actor actor, MemberSearchQuery query) {
    if (!query.onlyActive() && !MemberAccess.isStaff(actor)) {
      throw new AccessDeniedException("only staff search members that are not active");
    }
    for (SectorCode code : query.sectors()) {
      if (sectors.byCode(code).isEmpty()) {
        throw new InvalidSearchParameterException("sector", code.value(), "names no sector");
      }
    }
    return search.search(query);
  }

  @Override
  public long generation() {
    return search.generation();
  }
}
