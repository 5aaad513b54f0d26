package lu.creativecluster.application.port.in.cooperation;

import java.util.UUID;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.cooperation.Cooperation;
import lu.creativecluster.domain.cooperation.PartnerDetails;
import lu.creativecluster.domain.cooperation.PartnerId;
import lu.creativecluster.domain.cooperation.PartnerOrganisation;

/** Use case: staff keep the partner network and the cooperations with each partner. */
public interface ManagePartnersUseCase {

  PartnerOrganisation register(Actor actor, PartnerDetails details, String sourceAddress);

  PartnerOrganisation update(
      Actor actor, PartnerId id, PartnerDetails details, String sourceAddress);

  /** Records a new cooperation or replaces the one with the same id. */
  PartnerOrganisation recordCooperation(
      Actor actor, PartnerId id, Cooperation cooperation, String sourceAddress);

  PartnerOrganisation removeCooperation(
      Actor actor, PartnerId id, UUID cooperationId, String sourceAddress);
}
