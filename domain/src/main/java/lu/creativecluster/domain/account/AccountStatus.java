package lu.creativecluster.domain.account;

/** Where an account is in its life: invited (no password yet), active, or disabled by staff. */
public enum AccountStatus {
  INVITED,
  ACTIVE,
  DISABLED
}
