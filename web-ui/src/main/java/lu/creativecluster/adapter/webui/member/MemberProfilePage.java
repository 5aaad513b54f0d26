package lu.creativecluster.adapter.webui.member;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import lu.creativecluster.adapter.webui.account.Viewer;
import lu.creativecluster.adapter.webui.site.LocalizedPath;
import lu.creativecluster.adapter.webui.site.Page;
import lu.creativecluster.adapter.webui.site.PublicUrl;
import lu.creativecluster.adapter.webui.site.SiteContext;
import lu.creativecluster.application.port.in.member.MemberMovedException;
import lu.creativecluster.application.port.in.member.MemberNotFoundException;
import lu.creativecluster.application.port.in.member.MemberView;
import lu.creativecluster.application.port.in.member.ShowMemberProfileUseCase;
import lu.creativecluster.application.port.in.sector.ListSectorsUseCase;
import lu.creativecluster.domain.member.Slug;
import lu.creativecluster.domain.sector.Sector;
import lu.creativecluster.domain.shared.Language;

/**
 * Backing bean: a member's profile page ({@code /{lang}/members/{slug}}). An unknown slug (or one
 * the viewer may not see) answers 404; a member merged into another answers 301 to the survivor's
 * profile, so links shared before the merge keep working.
 */
@Named("memberProfile")
@RequestScoped
public class MemberProfilePage {

  private final ShowMemberProfileUseCase show;
  private final ListSectorsUseCase sectors;
  private final Viewer viewer;
  private final SiteContext site;
  private final PublicUrl publicUrl;
  private ProfileView profile;
  private String jsonLd = "";
  private boolean mayEdit;

  /** For CDI's client proxy only. */
  protected MemberProfilePage() {
    this(null, null, null, null, null);
  }

  @Inject
  public MemberProfilePage(
      ShowMemberProfileUseCase show,
      ListSectorsUseCase sectors,
      Viewer viewer,
      SiteContext site,
      PublicUrl publicUrl) {
    this.show = show;
    this.sectors = sectors;
    this.viewer = viewer;
    this.site = site;
    this.publicUrl = publicUrl;
  }

  /** Loads the member before the page renders (preRenderView), or ends the request with 404/301. */
  public void prepare() throws IOException {
    if (profile != null) {
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    MemberView view;
    try {
      view = show.show(viewer.actor(), new Slug(site.getMember()));
    } catch (IllegalArgumentException | MemberNotFoundException e) {
      external.responseSendError(404, null);
      faces.responseComplete();
      return;
    } catch (MemberMovedException e) {
      String survivor =
          new LocalizedPath(site.language(), Page.MEMBER_PROFILE, e.survivor().value()).path();
      external.setResponseStatus(301);
      external.setResponseHeader("Location", external.getRequestContextPath() + survivor);
      faces.responseComplete();
      return;
    }
    MemberLabels labels = labels();
    profile =
        ProfileView.of(
            view.publicView(), view.full().orElse(null), labels, site.pageHref(Page.MEMBERS.key()));
    mayEdit = view.isComplete();
    jsonLd =
        JsonLd.forScriptElement(
            JsonLd.of(
                view.publicView(),
                site.language(),
                publicUrl.origin()
                    + external.getRequestContextPath()
                    + new LocalizedPath(site.language(), Page.MEMBER_PROFILE, profile.slug())
                        .path(),
                profile.sectors()));
  }

  private MemberLabels labels() {
    Language language = site.language();
    Map<String, String> names = new LinkedHashMap<>();
    for (Sector sector : sectors.listSectors()) {
      names.put(sector.code().value(), sector.nameIn(language));
    }
    return new MemberLabels(language, names);
  }

  public ProfileView getProfile() {
    return profile;
  }

  public boolean isLoaded() {
    return profile != null;
  }

  /** The schema.org JSON-LD of the profile, safe inside a script element. */
  public String getJsonLd() {
    return jsonLd;
  }

  /** Staff and the member itself see the whole record, and may edit it. */
  public boolean isMayEdit() {
    return mayEdit;
  }
}
