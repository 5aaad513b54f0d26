package lu.creativecluster.adapter.webui.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import lu.creativecluster.adapter.webui.account.Viewer;
import lu.creativecluster.adapter.webui.site.SiteContext;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.account.ListAccountsUseCase;

/** Backing bean: the accounts table of the staff area. */
@Named("staffAccounts")
@RequestScoped
public class StaffAccounts {

  private final ListAccountsUseCase listAccounts;
  private final Viewer viewer;
  private final SiteContext site;
  private List<AccountRow> rows;
  private boolean denied;

  /** For CDI's client proxy only. */
  protected StaffAccounts() {
    this(null, null, null);
  }

  @Inject
  public StaffAccounts(ListAccountsUseCase listAccounts, Viewer viewer, SiteContext site) {
    this.listAccounts = listAccounts;
    this.viewer = viewer;
    this.site = site;
  }

  /** The accounts ordered by address; read once per request, again after an invitation. */
  public List<AccountRow> getRows() {
    if (rows == null) {
      try {
        rows =
            listAccounts.listAccounts(viewer.actor()).stream()
                .map(account -> AccountRow.from(account, site.language()))
                .sorted(Comparator.comparing(AccountRow::email))
                .toList();
      } catch (AccessDeniedException e) {
        denied = true;
        rows = List.of();
      }
    }
    return rows;
  }

  /** Whether the use case refused the list (the page's guard should have kept the viewer out). */
  public boolean isDenied() {
    getRows();
    return denied;
  }

  /** Forget the rows read so far, so the table shows what an action just changed. */
  public void refresh() {
    rows = null;
    denied = false;
  }
}
