package lu.creativecluster.application.port.out.inquiry;

import java.util.List;
import java.util.Optional;
import lu.creativecluster.domain.inquiry.Recipient;
import lu.creativecluster.domain.inquiry.RecipientId;

/** Outbound port: the directory of institutions and experts inquiries are forwarded to. */
public interface Recipients {

  /** Adds a new recipient or replaces the one with the same id. */
  void put(Recipient recipient);

  Optional<Recipient> byId(RecipientId id);

  /** Every recipient, active or not, by name. */
  List<Recipient> all();
}
