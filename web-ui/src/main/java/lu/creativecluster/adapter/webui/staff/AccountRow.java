package lu.creativecluster.adapter.webui.staff;

import lu.creativecluster.domain.account.Account;
import lu.creativecluster.domain.shared.Language;

/**
 * View model: one account in the staff area's table.
 *
 * @param roleKey the bundle key of the role's name ({@code role.member})
 * @param statusKey the bundle key of the status ({@code accountStatus.invited})
 * @param lastSignIn the last sign-in for people, empty if never
 * @param lastSignInDatetime the same for {@code <time datetime>}, empty if never
 */
public record AccountRow(
    String email,
    String displayName,
    String roleKey,
    String statusKey,
    String lastSignIn,
    String lastSignInDatetime) {

  public static AccountRow from(Account account, Language language) {
    return new AccountRow(
        account.email().value(),
        account.displayName(),
        "role." + account.role().code(),
        "accountStatus." + account.status().name().toLowerCase(java.util.Locale.ROOT),
        account.lastSignInAt().map(at -> Timestamps.shown(at, language)).orElse(""),
        account.lastSignInAt().map(Timestamps::machine).orElse(""));
  }
}
