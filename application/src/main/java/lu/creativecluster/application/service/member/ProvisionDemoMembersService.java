package lu.creativecluster.application.service.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import lu.creativecluster.application.port.in.member.ImportReport;
import lu.creativecluster.application.port.in.member.MemberCsv;
import lu.creativecluster.application.port.in.member.ProvisionDemoMembersUseCase;
import lu.creativecluster.application.port.out.account.Accounts;
import lu.creativecluster.application.port.out.member.Members;
import lu.creativecluster.application.port.out.sector.Sectors;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.member.Slug;
import lu.creativecluster.domain.shared.Email;

/**
 * Use case service: the demo directory, imported from {@value #RESOURCE} (the same CSV format staff
 * import) as the platform itself. Every demo row names its slug, so a restart recognises the demo
 * members by the first one and adds nothing. Two demo members are managed by the README's demo
 * member accounts, so signing in as one shows a member's own data.
 */
@ApplicationScoped
@Transactional
public class ProvisionDemoMembersService implements ProvisionDemoMembersUseCase {

  static final String RESOURCE = "demo-members.csv";

  /** How the member histories name the platform importing its own demo data. */
  static final Actor DEMO_IMPORT = Actor.person("system", "Demo data", Set.of(Role.ADMIN));

  /** The demo member accounts (see the README) and the demo members they manage. */
  static final Map<String, String> DEMO_OWNERS =
      Map.of(
          "studio-lumen", "member.design@demo.creativecluster.lu",
          "klangfabrik-records", "member.music@demo.creativecluster.lu");

  private final MemberImporter importer;
  private final Members members;
  private final Accounts accounts;

  /** For CDI's client proxy only. */
  protected ProvisionDemoMembersService() {
    this(null, null, null, null);
  }

  @Inject
  public ProvisionDemoMembersService(
      Members members, Sectors sectors, Accounts accounts, Clock clock) {
    this.importer = new MemberImporter(members, sectors, clock);
    this.members = members;
    this.accounts = accounts;
  }

  @Override
  public int provisionDemoMembers() {
    MemberCsv.Table table = MemberCsv.read(demoFile());
    int slugColumn = table.headers().indexOf("slug");
    Slug first = new Slug(table.rows().get(0).cells().get(slugColumn));
    if (members.slugTaken(first)) {
      return 0;
    }
    ImportReport report = importer.importWithoutDuplicateSearch(DEMO_IMPORT, table, owners());
    if (!report.valid()) {
      throw new IllegalStateException("the demo members do not import: " + report.errors());
    }
    return report.applied();
  }

  private Map<Slug, AccountId> owners() {
    Map<Slug, AccountId> owners = new HashMap<>();
    DEMO_OWNERS.forEach(
        (slug, email) ->
            accounts
                .byEmail(new Email(email))
                .ifPresent(account -> owners.put(new Slug(slug), account.id())));
    return owners;
  }

  static byte[] demoFile() {
    try (InputStream in = ProvisionDemoMembersService.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
