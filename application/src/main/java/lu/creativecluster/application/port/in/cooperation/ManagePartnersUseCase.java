package lu.creativecluster.application.port.in.cooperation;

import java.util.List;
import java.util.UUID;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.cooperation.Cooperation;
import lu.creativecluster.domain.cooperation.PartnerDetails;
import lu.creativecluster.domain.cooperation.PartnerId;
import lu.creativecluster.domain.cooperation.PartnerOrganisation;

/**
 * Use case: staff keep the partner network and the cooperations with each partner. Every change
 * names the version the editor read; another one means someone changed the partner meanwhile and
 * the change is refused ({@link
 * lu.creativecluster.application.port.out.account.ConcurrentUpdateException}), never merged unseen.
 */
public interface ManagePartnersUseCase {

  /** Every partner, archived ones included, by country code then name: staff's list. */
  List<PartnerOrganisation> everyPartner(Actor actor);

  /** One partner, archived or not, with its contact person: staff's view. */
  PartnerOrganisation partner(Actor actor, PartnerId id);

  PartnerOrganisation register(Actor actor, PartnerDetails details, String sourceAddress);

  PartnerOrganisation update(
      Actor actor, PartnerId id, long version, PartnerDetails details, String sourceAddress);

  /** Records a new cooperation or replaces the one with the same id. */
  PartnerOrganisation recordCooperation(
      Actor actor, PartnerId id, long version, Cooperation cooperation, String sourceAddress);

  PartnerOrganisation removeCooperation(
      Actor actor, PartnerId id, long version, UUID cooperationId, String sourceAddress);

  /** Archives the partner (or lists it again): the public network leaves archived ones out. */
  PartnerOrganisation archive(
      Actor actor, PartnerId id, long version, boolean archived, String sourceAddress);
}
