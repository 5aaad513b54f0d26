package lu.creativecluster.application.service.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lu.creativecluster.application.port.in.account.AccountAlreadyExistsException;
import lu.creativecluster.application.port.in.account.ProvisionAccountsUseCase;
import lu.creativecluster.application.port.out.account.Accounts;
import lu.creativecluster.application.port.out.account.CommonPasswords;
import lu.creativecluster.application.port.out.account.DuplicateAccountException;
import lu.creativecluster.application.port.out.account.PasswordHasher;
import lu.creativecluster.application.port.out.audit.AuditLog;
import lu.creativecluster.domain.account.Account;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.account.PasswordHash;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.audit.AuditAction;
import lu.creativecluster.domain.audit.AuditEvent;
import lu.creativecluster.domain.shared.Email;

/**
 * Use case service: the accounts of a first start, the demo set (only when the operator switched
 * the demo on) or the production admin from configuration. Both leave existing accounts alone, so a
 * restart changes nothing.
 */
@ApplicationScoped
@Transactional
public class ProvisionAccountsService implements ProvisionAccountsUseCase {

  /** How the audit log names the platform acting on its own configuration. */
  static final String SYSTEM = "system";

  static final String DEFAULT_ADMIN_NAME = "Administrator";

  /** The demo accounts the README lists. */
  static final List<DemoAccount> DEMO_ACCOUNTS =
      List.of(
          new DemoAccount("admin@demo.creativecluster.lu", "Demo Admin", Role.ADMIN),
          new DemoAccount("staff@demo.creativecluster.lu", "Demo Staff", Role.STAFF),
          new DemoAccount(
              "member.design@demo.creativecluster.lu", "Demo Design Studio", Role.MEMBER),
          new DemoAccount("member.music@demo.creativecluster.lu", "Demo Music Label", Role.MEMBER));

  record DemoAccount(String email, String displayName, Role role) {}

  private final Accounts accounts;
  private final PasswordHasher hasher;
  private final CommonPasswords commonPasswords;
  private final AuditLog auditLog;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected ProvisionAccountsService() {
    this(null, null, null, null, null);
  }

  @Inject
  public ProvisionAccountsService(
      Accounts accounts,
      PasswordHasher hasher,
      CommonPasswords commonPasswords,
      AuditLog auditLog,
      Clock clock) {
    this.accounts = accounts;
    this.hasher = hasher;
    this.commonPasswords = commonPasswords;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  @Override
  public void provisionDemoAccounts(String demoPassword) {
    provisionDemoAccounts(demoPassword, Optional.empty());
  }

  @Override
  public void provisionDemoAccounts(String demoPassword, PasswordHash hashOfThatPassword) {
    provisionDemoAccounts(demoPassword, Optional.of(hashOfThatPassword));
  }

  private void provisionDemoAccounts(String demoPassword, Optional<PasswordHash> made) {
    if (accounts.count() > 0) {
      return;
    }
    PasswordRules.check(demoPassword, commonPasswords);
    // One hash for all: they share a published password, so a salt per account protects nothing
    // here, and each hash costs the full key-derivation work (about 2 s of a cold start) at every
    // demo start; the published default's hash comes ready-made.
    PasswordHash shared = made.orElseGet(() -> hasher.hash(demoPassword));
    for (DemoAccount demo : DEMO_ACCOUNTS) {
      create(new Email(demo.email()), demo.displayName(), demo.role(), shared);
    }
  }

  @Override
  public boolean provisionInitialAdmin(
      String email, String password, Optional<String> displayName) {
    if (accounts.anyWithRole(Role.ADMIN)) {
      return false;
    }
    Email address = new Email(email);
    PasswordRules.check(password, commonPasswords);
    if (accounts.byEmail(address).isPresent()) {
      throw new AccountAlreadyExistsException();
    }
    String name = displayName.filter(n -> !n.isBlank()).orElse(DEFAULT_ADMIN_NAME);
    create(address, name, Role.ADMIN, hasher.hash(password));
    return true;
  }

  private void create(Email email, String displayName, Role role, PasswordHash password) {
    Instant now = clock.instant();
    Account account = Account.invite(AccountId.newId(), email, displayName, role, now);
    account.setPassword(password);
    try {
      accounts.add(account);
    } catch (DuplicateAccountException e) {
      throw new AccountAlreadyExistsException();
    }
    auditLog.append(
        AuditEvent.of(
            now, SYSTEM, AuditAction.ACCOUNT_CREATED_FROM_CONFIGURATION, email.value(), ""));
  }
}
