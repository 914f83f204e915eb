import { lanes, type QueuedDelivery } from './delivery-order';

const delivery = (id: string, endpointId: string, orderingKey: string, commit: number, index = 0): QueuedDelivery => ({
  id,
  endpointId,
  orderingKey,
  position: { commit: BigInt(commit), prepare: BigInt(commit), index },
});

describe('the order webhook deliveries go in', () => {
  it('sends one booking’s deliveries to one endpoint one after the other, in feed order', () =>
    expect(lanes([delivery('paid', 'e1', 'booking:1', 30), delivery('made', 'e1', 'booking:1', 10), delivery('confirmed', 'e1', 'booking:1', 20, 1)]).map((lane) => lane.map((d) => d.id))).toEqual([
      ['made', 'confirmed', 'paid'],
    ]));

  it('orders events of one domain event by their rank', () =>
    expect(lanes([delivery('second', 'e1', 'booking:1', 10, 1), delivery('first', 'e1', 'booking:1', 10, 0)])[0].map((d) => d.id)).toEqual(['first', 'second']));

  it('lets other bookings, and the same booking at another endpoint, go at once', () =>
    expect(lanes([delivery('a', 'e1', 'booking:1', 10), delivery('b', 'e1', 'booking:2', 11), delivery('c', 'e2', 'booking:1', 12)]).map((lane) => lane.map((d) => d.id))).toEqual([['a'], ['b'], ['c']]));

  it('compares positions as big numbers, not as text', () =>
    expect(lanes([delivery('later', 'e1', 'k', 10), delivery('earlier', 'e1', 'k', 9)])[0].map((d) => d.id)).toEqual(['earlier', 'later']));
});
