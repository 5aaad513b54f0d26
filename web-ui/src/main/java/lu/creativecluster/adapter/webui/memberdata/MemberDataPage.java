package lu.creativecluster.adapter.webui.memberdata;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lu.creativecluster.adapter.webui.account.Viewer;
import lu.creativecluster.adapter.webui.site.Feedback;
import lu.creativecluster.adapter.webui.site.SiteContext;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.member.EraseMemberUseCase;
import lu.creativecluster.application.port.in.member.ListOwnMembersUseCase;
import lu.creativecluster.application.port.in.member.MemberMovedException;
import lu.creativecluster.application.port.in.member.MemberNotFoundException;
import lu.creativecluster.application.port.in.member.MemberView;
import lu.creativecluster.application.port.in.member.ShowMemberProfileUseCase;
import lu.creativecluster.application.port.in.member.UpdateMemberProfileUseCase;
import lu.creativecluster.domain.member.IllegalMembershipTransitionException;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.member.MembershipEndedException;
import lu.creativecluster.domain.member.Slug;

/**
 * Backing bean: a member's own data on {@code /{lang}/account/member-data} (the viewer's member, or
 * {@code ?member=<slug>} for one of several, or for staff any): download everything held as JSON,
 * withdraw consent to show contact details in one click, and, for staff, erase the member's
 * personal data. Only the member's own account and staff see the page's content; anyone else learns
 * no more than that there is nothing for them.
 */
@Named("memberData")
@RequestScoped
public class MemberDataPage {

  static final String MEMBER_PARAMETER = "member";

  /** A member the viewer's account manages, as the page links it. */
  public record Owned(String slug, String displayName, String href) {}

  private final ShowMemberProfileUseCase showMember;
  private final ListOwnMembersUseCase ownMembers;
  private final UpdateMemberProfileUseCase updateMember;
  private final EraseMemberUseCase eraseMember;
  private final Viewer viewer;
  private final Feedback feedback;
  private final SiteContext site;
  private final HttpServletRequest request;
  private Optional<Member> member = Optional.empty();
  private List<Owned> owned = List.of();
  private boolean confirmErase;

  /** For CDI's client proxy only. */
  protected MemberDataPage() {
    this(null, null, null, null, null, null, null, null);
  }

  @Inject
  public MemberDataPage(
      ShowMemberProfileUseCase showMember,
      ListOwnMembersUseCase ownMembers,
      UpdateMemberProfileUseCase updateMember,
      EraseMemberUseCase eraseMember,
      Viewer viewer,
      Feedback feedback,
      SiteContext site,
      HttpServletRequest request) {
    this.showMember = showMember;
    this.ownMembers = ownMembers;
    this.updateMember = updateMember;
    this.eraseMember = eraseMember;
    this.viewer = viewer;
    this.feedback = feedback;
    this.site = site;
    this.request = request;
  }

  /**
   * The member named in the request; without one, the viewer's own member when there is exactly
   * one, else the list of their members to choose from.
   */
  @PostConstruct
  void load() {
    String named = request.getParameter(MEMBER_PARAMETER);
    if (named == null || named.isBlank()) {
      String base = site.pageHref("memberData");
      owned =
          ownMembers.ownedBy(viewer.actor()).stream()
              .map(
                  m ->
                      new Owned(
                          m.slug().value(),
                          m.displayName(),
                          base + "?" + MEMBER_PARAMETER + "=" + m.slug().value()))
              .toList();
      named = owned.size() == 1 ? owned.get(0).slug() : null;
    }
    member = find(named);
  }

  /** The viewer's members, when the page was opened without naming one. */
  public List<Owned> getOwned() {
    return owned;
  }

  private Optional<Member> find(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    try {
      MemberView view = showMember.show(viewer.actor(), new Slug(raw.strip()));
      return view.full();
    } catch (IllegalArgumentException | MemberNotFoundException | MemberMovedException e) {
      return Optional.empty();
    }
  }

  public void withdrawConsent() {
    if (member.isEmpty()) {
      return;
    }
    try {
      member = Optional.of(updateMember.withdrawContactConsent(viewer.actor(), member.get().id()));
      feedback.notice("memberData.consentWithdrawn");
    } catch (AccessDeniedException | MembershipEndedException e) {
      feedback.error("memberData.notAllowed");
    }
  }

  public void erase() {
    if (member.isEmpty() || !viewer.isStaff()) {
      return;
    }
    if (!confirmErase) {
      feedback.error("memberData.erase.confirmFirst");
      return;
    }
    try {
      eraseMember.erase(viewer.actor(), member.get().id(), request.getRemoteAddr());
      feedback.notice("memberData.erased");
      member = Optional.empty();
    } catch (AccessDeniedException
        | MembershipEndedException
        | IllegalMembershipTransitionException e) {
      feedback.error("memberData.notAllowed");
    }
  }

  /** Whether the viewer may see this member's data (its own account, or staff). */
  public boolean isFound() {
    return member.isPresent();
  }

  public String getSlug() {
    return member.map(m -> m.slug().value()).orElse("");
  }

  public String getDisplayName() {
    return member.map(Member::displayName).orElse("");
  }

  public String getStatus() {
    return member.map(m -> m.status().code()).orElse("");
  }

  public String getDownloadHref() {
    return request.getContextPath() + "/api/v1/members/" + getSlug() + "/personal-data";
  }

  /** When the member agreed to show its e-mail address; empty while it is not shown. */
  public String getEmailShownSince() {
    return member.flatMap(m -> m.contact().emailConsentAt()).map(Instant::toString).orElse("");
  }

  public String getPhoneShownSince() {
    return member.flatMap(m -> m.contact().phoneConsentAt()).map(Instant::toString).orElse("");
  }

  public boolean isStaff() {
    return viewer.isStaff();
  }

  public boolean isConfirmErase() {
    return confirmErase;
  }

  public void setConfirmErase(boolean confirmErase) {
    this.confirmErase = confirmErase;
  }
}
