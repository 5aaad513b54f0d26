package lu.creativecluster.adapter.webui.member;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lu.creativecluster.adapter.webui.account.Viewer;
import lu.creativecluster.adapter.webui.site.Page;
import lu.creativecluster.adapter.webui.site.SiteContext;
import lu.creativecluster.adapter.webui.site.Texts;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.member.InvalidSearchParameterException;
import lu.creativecluster.application.port.in.member.MemberSearchQuery;
import lu.creativecluster.application.port.in.member.MemberSearchResult;
import lu.creativecluster.application.port.in.member.SearchMembersUseCase;
import lu.creativecluster.application.port.in.sector.ListSectorsUseCase;
import lu.creativecluster.domain.member.MemberKind;
import lu.creativecluster.domain.member.MemberStatus;
import lu.creativecluster.domain.sector.Sector;
import lu.creativecluster.domain.shared.Language;

/**
 * Backing bean: the public member directory ({@code /{lang}/members}) and staff's search over every
 * status ({@code /{lang}/staff/members}). The search is the query string, read by {@link
 * MemberSearchQuery#fromParameters}, so every result page is a plain link. A malformed query is the
 * visitor's mistake: the page answers 400 with a message in their language and the whole directory
 * below it, never an error page.
 */
@Named("memberDirectory")
@RequestScoped
public class MemberDirectory {

  /** The parameter the directory's own form and links never send, reserved to staff. */
  static final String STATUS = "status";

  private final SearchMembersUseCase search;
  private final ListSectorsUseCase sectors;
  private final Viewer viewer;
  private final SiteContext site;
  private final HttpServletRequest request;
  private MemberSearchQuery query;
  private DirectoryView view;
  private String invalidParameter = "";

  /** For CDI's client proxy only. */
  protected MemberDirectory() {
    this(null, null, null, null, null);
  }

  @Inject
  public MemberDirectory(
      SearchMembersUseCase search,
      ListSectorsUseCase sectors,
      Viewer viewer,
      SiteContext site,
      HttpServletRequest request) {
    this.search = search;
    this.sectors = sectors;
    this.viewer = viewer;
    this.site = site;
    this.request = request;
  }

  /** Runs the search before the page renders (preRenderView), so the status can still be set. */
  public void prepare() {
    if (view != null) {
      return;
    }
    boolean staffSearch = isStaffSearch();
    Map<String, List<String>> parameters = parameters(request.getParameterMap(), staffSearch);
    MemberSearchResult result;
    try {
      query = MemberSearchQuery.fromParameters(parameters);
      result = search.search(viewer.actor(), query);
    } catch (InvalidSearchParameterException e) {
      invalidParameter = e.parameter();
      result = everything(staffSearch);
    } catch (AccessDeniedException e) {
      invalidParameter = STATUS;
      result = everything(staffSearch);
    }
    if (!invalidParameter.isEmpty()) {
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(400);
    }
    Page page = staffSearch ? Page.STAFF_MEMBERS : Page.MEMBERS;
    view =
        DirectoryView.of(
            query,
            result,
            labels(),
            new DirectoryLinks(site.pageHref(page.key()), staffSearch),
            kindNames(site.language()));
  }

  private MemberSearchResult everything(boolean staffSearch) {
    query = MemberSearchQuery.everything();
    if (staffSearch) {
      query = query.withStatuses(EnumSet.allOf(MemberStatus.class));
    }
    return search.search(viewer.actor(), query);
  }

  private boolean isStaffSearch() {
    return Page.STAFF_MEMBERS.key().equals(site.getPageKey());
  }

  /**
   * The request's parameters as the query reads them. The public directory shows active members
   * only, whatever the URL says; staff search every status unless they pick some.
   */
  static Map<String, List<String>> parameters(
      Map<String, String[]> raw, boolean everyStatusByDefault) {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    raw.forEach((name, values) -> parameters.put(name, Arrays.asList(values)));
    if (!everyStatusByDefault) {
      parameters.remove(STATUS);
    } else if (parameters.getOrDefault(STATUS, List.of()).stream().allMatch(String::isBlank)) {
      parameters.put(STATUS, Arrays.stream(MemberStatus.values()).map(MemberStatus::code).toList());
    }
    return parameters;
  }

  private MemberLabels labels() {
    Language language = site.language();
    Map<String, String> names = new LinkedHashMap<>();
    for (Sector sector : sectors.listSectors()) {
      names.put(sector.code().value(), sector.nameIn(language));
    }
    return new MemberLabels(language, names);
  }

  static Map<String, String> kindNames(Language language) {
    Texts texts = Texts.in(language);
    Map<String, String> names = new LinkedHashMap<>();
    for (MemberKind kind : MemberKind.values()) {
      names.put(kind.code(), texts.text("member.kind." + kind.code()));
    }
    return names;
  }

  public DirectoryView getView() {
    prepare();
    return view;
  }

  /** The text typed into the search box, as the visitor typed it (after a valid search). */
  public String getQ() {
    prepare();
    return query.q();
  }

  public String getSort() {
    prepare();
    return query.sort().code();
  }

  public List<String> getSorts() {
    return Arrays.stream(MemberSearchQuery.Sort.values())
        .map(MemberSearchQuery.Sort::code)
        .toList();
  }

  /** Staff's status filter: the codes ticked (every status when none was picked). */
  public List<StatusOption> getStatuses() {
    prepare();
    return Arrays.stream(MemberStatus.values())
        .map(s -> new StatusOption(s.code(), query.statuses().contains(s)))
        .toList();
  }

  /** A status checkbox of staff's search. */
  public record StatusOption(String code, boolean selected) {}

  /** The parameter that did not parse, or empty. */
  public String getInvalidParameter() {
    prepare();
    return invalidParameter;
  }

  public boolean isInvalid() {
    return !getInvalidParameter().isEmpty();
  }

  /** Whether anything narrows the search, so the page offers to clear it. */
  public boolean isFiltered() {
    prepare();
    return !query.q().isEmpty()
        || !query.sectors().isEmpty()
        || !query.countries().isEmpty()
        || !query.markets().isEmpty()
        || !query.wants().isEmpty()
        || !query.languages().isEmpty()
        || !query.kinds().isEmpty()
        || !query.keywords().isEmpty();
  }
}
