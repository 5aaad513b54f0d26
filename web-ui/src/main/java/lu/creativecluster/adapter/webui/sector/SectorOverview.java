package lu.creativecluster.adapter.webui.sector;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import lu.creativecluster.adapter.webui.site.SiteContext;
import lu.creativecluster.application.port.in.sector.ListSectorsUseCase;

/** Backing bean: the sectors in the page's language, for the sectors page and the home teaser. */
@Named
@RequestScoped
public class SectorOverview {

  private final ListSectorsUseCase listSectors;
  private final SiteContext site;
  private List<SectorCard> cards;

  /** For CDI's client proxy only. */
  protected SectorOverview() {
    this(null, null);
  }

  @Inject
  public SectorOverview(ListSectorsUseCase listSectors, SiteContext site) {
    this.listSectors = listSectors;
    this.site = site;
  }

  /** The sectors in their published order (the use case keeps them in memory); once per request. */
  public List<SectorCard> getCards() {
    if (cards == null) {
      cards =
          listSectors.listSectors().stream()
              .map(sector -> SectorCard.from(sector, site.language()))
              .toList();
    }
    return cards;
  }

  public int getCount() {
    return getCards().size();
  }
}
