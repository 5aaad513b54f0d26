package lu.creativecluster.application.port.out.account;

/**
 * Someone else changed the same thing since it was read; the change was not saved. Shared by every
 * port that saves with optimistic locking.
 */
public class ConcurrentUpdateException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ConcurrentUpdateException(String what, Throwable cause) {
    super(what + " was changed by someone else meanwhile", cause);
  }
}
