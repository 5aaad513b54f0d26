package lu.creativecluster.application.port.in.inquiry;

import java.time.Instant;
import lu.creativecluster.domain.access.Actor;

/** Use case: staff read the service figures of a period {@code [from, to)}. Staff only. */
public interface InquiryFiguresUseCase {

  InquiryFigures figures(Actor actor, Instant from, Instant to);
}
