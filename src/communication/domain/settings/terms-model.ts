import type { LocalizedText } from '../../../shared/kernel/localized-text';

/**
 * A model of general terms of sale for a holiday rental or guest rooms, for the owner to adapt:
 * offered, never printed on the owner's behalf, since the terms are the owner's commitment. The
 * deposit article follows the Code de la consommation (L. 214-1): arrhes may be forfeited or
 * returned double, an acompte commits both sides to the whole stay.
 */
const FR = `1. Objet
Les présentes conditions régissent la location saisonnière du logement décrit au contrat, pour la durée et au prix qui y sont indiqués. Le locataire ne pourra en aucun cas se prévaloir d'un droit au maintien dans les lieux à l'issue du séjour.

2. Réservation
La réservation devient effective dès réception par le propriétaire d'un exemplaire du contrat signé et du versement prévu au contrat, avant la date qui y est indiquée. À défaut, le propriétaire pourra disposer du logement.

3. Arrhes ou acompte
Lorsque le versement est qualifié d'arrhes, le locataire qui renonce au séjour les perd, et le propriétaire qui renonce à la location les rembourse au double. Lorsqu'il est qualifié d'acompte, la réservation engage les deux parties : le locataire reste redevable du prix total du séjour.

4. Solde
Le solde est réglé à la date indiquée au contrat. À défaut, le propriétaire pourra considérer la réservation comme annulée du fait du locataire.

5. Annulation
Toute annulation est notifiée par écrit. Les sommes versées restent acquises au propriétaire dans les conditions de l'article 3, sauf si le logement a pu être reloué pour la même période.

6. Arrivée et départ
Le locataire se présente aux heures indiquées au contrat. En cas d'arrivée tardive ou différée, il prévient le propriétaire. Un séjour interrompu ou écourté du fait du locataire ne donne lieu à aucun remboursement.

7. Dépôt de garantie
Un dépôt de garantie peut être demandé à l'arrivée. Il est restitué au départ, ou au plus tard dans le mois qui suit, déduction faite du coût de remise en état des lieux si des dégradations sont constatées.

8. Capacité et utilisation des lieux
Le logement ne peut accueillir plus de personnes que sa capacité indiquée. Le locataire l'occupe paisiblement, en assure l'entretien et le rend dans l'état où il l'a trouvé.

9. Animaux
Les animaux ne sont admis qu'avec l'accord préalable du propriétaire.

10. Taxe de séjour
La taxe de séjour, collectée pour le compte de la commune, s'ajoute au prix du séjour sauf mention contraire.

11. Assurance
Le locataire est responsable des dommages survenant de son fait. Il vérifie que son assurance habitation couvre la villégiature.

12. Litiges
En cas de litige, le locataire peut recourir gratuitement à un médiateur de la consommation dont les coordonnées lui sont communiquées sur demande.`;

const EN = `1. Purpose
These terms govern the holiday letting of the accommodation described in the contract, for the dates and price stated there. The tenant has no right to remain in the premises after the stay.

2. Booking
The booking is confirmed when the owner receives a signed copy of the contract and the payment it asks for, before the date it states. Otherwise the owner may let the accommodation to others.

3. Deposit
When the deposit is "arrhes", a tenant who cancels loses it, and an owner who cancels pays back twice its amount. When it is an "acompte", the booking binds both sides: the tenant owes the full price of the stay.

4. Balance
The balance is paid by the date stated in the contract. Otherwise the owner may treat the booking as cancelled by the tenant.

5. Cancellation
Any cancellation is made in writing. Sums paid remain the owner's under article 3, unless the accommodation could be let again for the same dates.

6. Arrival and departure
The tenant arrives at the hours stated in the contract and warns the owner of a late or delayed arrival. A stay cut short by the tenant gives no right to a refund.

7. Security deposit
A security deposit may be asked for on arrival. It is returned on departure, or within a month at the latest, less the cost of repairing any damage found.

8. Capacity and use of the premises
The accommodation may not hold more people than its stated capacity. The tenant uses it peacefully, keeps it clean and leaves it as found.

9. Pets
Pets are welcome only with the owner's prior agreement.

10. Tourist tax
The tourist tax, collected for the town, comes on top of the price unless stated otherwise.

11. Insurance
The tenant is liable for damage they cause and checks that their home insurance covers holiday stays.

12. Disputes
In a dispute, the tenant may refer free of charge to a consumer mediator, whose details are given on request.`;

export const TERMS_MODEL: LocalizedText = { fr: FR, en: EN };
