package lu.creativecluster.application.port.in.inquiry;

/**
 * Use case: staff close inquiries, one or many (bulk close from the inbox). Each is closed in the
 * same transaction; one that may not be closed is skipped with its reason, not an error. Staff
 * only.
 */
public interface CloseInquiriesUseCase {

  CloseResult close(CloseInquiriesCommand command);
}
