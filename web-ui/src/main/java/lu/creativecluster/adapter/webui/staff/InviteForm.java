package lu.creativecluster.adapter.webui.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import lu.creativecluster.adapter.webui.account.Viewer;
import lu.creativecluster.adapter.webui.site.Feedback;
import lu.creativecluster.adapter.webui.site.SiteContext;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.account.AccountAlreadyExistsException;
import lu.creativecluster.application.port.in.account.InviteAccountCommand;
import lu.creativecluster.application.port.in.account.InviteAccountUseCase;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;

/**
 * Backing bean: staff invite a person by address, name and role. The role list offers what the
 * viewer may hand out (members for staff, any role for admins); the use case decides all the same,
 * and every refusal leaves the accounts as they were.
 */
@Named("inviteForm")
@RequestScoped
public class InviteForm {

  /** As long as the account keeps a name (see the domain's {@code Account}). */
  static final int MAX_NAME_LENGTH = 120;

  private final InviteAccountUseCase invite;
  private final StaffAccounts accounts;
  private final Viewer viewer;
  private final SiteContext site;
  private final Feedback feedback;
  private final HttpServletRequest request;
  private String email;
  private String name;
  private String role = Role.MEMBER.code();
  private String language;

  /** For CDI's client proxy only. */
  protected InviteForm() {
    this(null, null, null, null, null, null);
  }

  @Inject
  public InviteForm(
      InviteAccountUseCase invite,
      StaffAccounts accounts,
      Viewer viewer,
      SiteContext site,
      Feedback feedback,
      HttpServletRequest request) {
    this.invite = invite;
    this.accounts = accounts;
    this.viewer = viewer;
    this.site = site;
    this.feedback = feedback;
    this.request = request;
  }

  public void invite() {
    Optional<Email> address = parseEmail(email);
    if (address.isEmpty()) {
      feedback.error("staff.invite.error.email");
      return;
    }
    String displayName = name == null ? "" : name.strip();
    if (!isValidName(displayName)) {
      feedback.error("staff.invite.error.name", MAX_NAME_LENGTH);
      return;
    }
    Optional<Role> chosen = Role.fromCode(role);
    if (chosen.isEmpty()) {
      feedback.error("staff.invite.error.denied");
      return;
    }
    try {
      invite.invite(
          new InviteAccountCommand(
              viewer.actor(),
              address.get(),
              displayName,
              chosen.get(),
              mailLanguage(),
              request.getRemoteAddr()));
    } catch (AccessDeniedException e) {
      feedback.error("staff.invite.error.denied");
      return;
    } catch (AccountAlreadyExistsException e) {
      feedback.error("staff.invite.error.exists", address.get().value());
      return;
    }
    feedback.notice("staff.invite.sent", address.get().value());
    accounts.refresh();
    email = null;
    name = null;
    role = Role.MEMBER.code();
    language = null;
  }

  /** The roles the viewer may hand out, as codes: members for staff, every role for admins. */
  public List<String> getRoles() {
    return rolesFor(viewer.isAdmin()).stream().map(Role::code).toList();
  }

  static List<Role> rolesFor(boolean admin) {
    return admin ? Arrays.asList(Role.values()) : List.of(Role.MEMBER);
  }

  /** The languages an invitation can be written in, as codes. */
  public List<String> getLanguages() {
    return Arrays.stream(Language.values()).map(Language::code).toList();
  }

  static Optional<Email> parseEmail(String typed) {
    if (typed == null || typed.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Email(typed));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  static boolean isValidName(String name) {
    return !name.isEmpty()
        && name.length() <= MAX_NAME_LENGTH
        && name.chars().noneMatch(Character::isISOControl);
  }

  private Language mailLanguage() {
    return Language.fromTag(language).orElse(site.language());
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  /** The invitation's language; the page's language until someone picks another. */
  public String getLanguage() {
    return language == null ? site.getLang() : language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }
}
