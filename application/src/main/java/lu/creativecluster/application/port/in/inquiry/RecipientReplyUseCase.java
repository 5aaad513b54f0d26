package lu.creativecluster.application.port.in.inquiry;

/**
 * Use case: the recipient, without an account, opens its private link, answers (the asker gets the
 * answer by mail) or declines (staff triage again). The link stops working when the inquiry is
 * closed or forwarded elsewhere.
 *
 * <p>Every method throws {@link InquiryNotFoundException} for an unknown or expired link, and
 * answering or declining twice throws {@code IllegalInquiryTransitionException} (409).
 */
public interface RecipientReplyUseCase {

  RecipientView view(String recipientToken);

  RecipientView answer(String recipientToken, String text);

  RecipientView decline(String recipientToken, String reason);
}
