import { EventStoreDbEventStore } from '../../src/event-store/eventstoredb/eventstoredb-event-store';
import { eventStoreContract } from './event-store.contract';

const url = process.env.EVENTSTORE_CONNECTION_STRING;
const HOW_TO_RUN = 'contract suite skipped: set EVENTSTORE_CONNECTION_STRING (e.g. esdb://localhost:2113?tls=false) to run it';

// No server runs in the default test environment, so the suite says how to enable it instead of failing.
if (url) {
  describe('EventStoreDB event store', () => {
    eventStoreContract(() => Promise.resolve(new EventStoreDbEventStore(url)));
  });
} else {
  describe('EventStoreDB event store', () => {
    console.info(`EventStoreDB event store: ${HOW_TO_RUN}`);
    it.skip(HOW_TO_RUN, () => undefined);
  });
}
