package lu.creativecluster.adapter.webui.member;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lu.creativecluster.adapter.webui.account.Viewer;
import lu.creativecluster.adapter.webui.site.Feedback;
import lu.creativecluster.adapter.webui.site.SiteContext;
import lu.creativecluster.adapter.webui.site.Texts;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.member.MemberNotFoundException;
import lu.creativecluster.application.port.in.member.MembershipDecision;
import lu.creativecluster.application.port.in.member.MergeMembersCommand;
import lu.creativecluster.application.port.in.member.MergeMembersUseCase;
import lu.creativecluster.application.port.in.member.ReviewMembershipCommand;
import lu.creativecluster.application.port.in.member.ReviewMembershipUseCase;
import lu.creativecluster.application.port.in.sector.ListSectorsUseCase;
import lu.creativecluster.domain.member.IllegalMembershipTransitionException;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.member.MembershipEndedException;
import lu.creativecluster.domain.member.MissingReasonException;
import lu.creativecluster.domain.sector.Sector;

/**
 * Backing bean: staff's member administration ({@code /{lang}/staff/members}): the applications
 * waiting for a decision, each with its likely duplicates; approve, reject with a reason, merge
 * into a duplicate candidate or dismiss it. The use cases decide who may; every refusal leaves the
 * records as they were and says why in the page's language.
 */
@Named("staffMembers")
@RequestScoped
public class StaffMembers {

  /** As long as a reason the domain keeps (see the domain's membership events). */
  static final int MAX_REASON_LENGTH = 500;

  private final ReviewMembershipUseCase review;
  private final MergeMembersUseCase merge;
  private final ListSectorsUseCase sectors;
  private final Viewer viewer;
  private final SiteContext site;
  private final Feedback feedback;
  private final HttpServletRequest request;
  private final Map<String, String> reasons = new HashMap<>();
  private final Map<String, String> reasonErrors = new HashMap<>();
  private List<ApplicationRow> applications;

  /** For CDI's client proxy only. */
  protected StaffMembers() {
    this(null, null, null, null, null, null, null);
  }

  @Inject
  public StaffMembers(
      ReviewMembershipUseCase review,
      MergeMembersUseCase merge,
      ListSectorsUseCase sectors,
      Viewer viewer,
      SiteContext site,
      Feedback feedback,
      HttpServletRequest request) {
    this.review = review;
    this.merge = merge;
    this.sectors = sectors;
    this.viewer = viewer;
    this.site = site;
    this.feedback = feedback;
    this.request = request;
  }

  /** The applications waiting, oldest first; read once per request (again after a decision). */
  public List<ApplicationRow> getApplications() {
    if (applications == null) {
      try {
        MemberLabels labels = labels();
        applications =
            review.pendingApplications(viewer.actor()).stream()
                .map(a -> ApplicationRow.from(a, labels))
                .toList();
      } catch (AccessDeniedException e) {
        applications = List.of();
      }
    }
    return applications;
  }

  public void approve(String memberId) {
    decide(memberId, MembershipDecision.APPROVE, "", "staffMembers.approved");
  }

  public void reject(String memberId) {
    String reason = reasons.getOrDefault(memberId, "");
    reason = reason == null ? "" : reason.strip();
    if (reason.isEmpty() || reason.length() > MAX_REASON_LENGTH) {
      reasonErrors.put(memberId, "staffMembers.error.reason");
      feedback.error("memberForm.error.summary");
      return;
    }
    decide(memberId, MembershipDecision.REJECT, reason, "staffMembers.rejected");
  }

  private void decide(String memberId, MembershipDecision decision, String reason, String done) {
    Optional<MemberId> id = parse(memberId);
    if (id.isEmpty()) {
      feedback.error("staffMembers.error.gone");
      return;
    }
    try {
      Member member =
          review.decide(new ReviewMembershipCommand(viewer.actor(), id.get(), decision, reason));
      feedback.notice(done, member.displayName());
      reasons.remove(memberId);
    } catch (MissingReasonException e) {
      reasonErrors.put(memberId, "staffMembers.error.reason");
    } catch (IllegalMembershipTransitionException
        | MembershipEndedException
        | MemberNotFoundException e) {
      feedback.error("staffMembers.error.gone");
    } catch (AccessDeniedException e) {
      feedback.error("staffMembers.error.denied");
    }
    applications = null;
  }

  /** The application ends as merged into the existing member it duplicates. */
  public void mergeInto(String applicationId, String survivorId) {
    Optional<MemberId> duplicate = parse(applicationId);
    Optional<MemberId> survivor = parse(survivorId);
    if (duplicate.isEmpty() || survivor.isEmpty() || duplicate.equals(survivor)) {
      feedback.error("staffMembers.error.gone");
      return;
    }
    try {
      Member kept =
          merge.merge(
              new MergeMembersCommand(
                  viewer.actor(), survivor.get(), duplicate.get(), request.getRemoteAddr()));
      feedback.notice("staffMembers.merged", kept.displayName());
    } catch (IllegalMembershipTransitionException
        | MembershipEndedException
        | MemberNotFoundException e) {
      feedback.error("staffMembers.error.gone");
    } catch (AccessDeniedException e) {
      feedback.error("staffMembers.error.denied");
    }
    applications = null;
  }

  /** Staff say the two are different members: the flag goes and does not come back. */
  public void dismiss(String applicationId, String otherId) {
    Optional<MemberId> member = parse(applicationId);
    Optional<MemberId> other = parse(otherId);
    if (member.isEmpty() || other.isEmpty()) {
      feedback.error("staffMembers.error.gone");
      return;
    }
    try {
      review.dismissDuplicate(viewer.actor(), member.get(), other.get(), request.getRemoteAddr());
      feedback.notice("staffMembers.dismissed");
    } catch (MemberNotFoundException e) {
      feedback.error("staffMembers.error.gone");
    } catch (AccessDeniedException e) {
      feedback.error("staffMembers.error.denied");
    }
    applications = null;
  }

  private static Optional<MemberId> parse(String id) {
    try {
      return Optional.of(MemberId.parse(id));
    } catch (RuntimeException malformed) {
      return Optional.empty();
    }
  }

  private MemberLabels labels() {
    Map<String, String> names = new LinkedHashMap<>();
    for (Sector sector : sectors.listSectors()) {
      names.put(sector.code().value(), sector.nameIn(site.language()));
    }
    return new MemberLabels(site.language(), names);
  }

  /** Rejection reasons by member id, bound as {@code #{staffMembers.reasons[row.id()]}}. */
  public Map<String, String> getReasons() {
    return reasons;
  }

  /** The error beside an application's reason field, or empty. */
  public String reasonError(String memberId) {
    String key = reasonErrors.get(memberId);
    return key == null ? "" : Texts.in(site.language()).text(key);
  }

  public String reasonInvalid(String memberId) {
    return Boolean.toString(reasonErrors.containsKey(memberId));
  }
}
