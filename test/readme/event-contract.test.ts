import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { eventContractMarkdown, readmeWithContract, STREAMS } from '../../src/print-event-contract';

const README = resolve(__dirname, '..', '..', 'README.md');

/** The event contract integrators will be given is the one the code reads, written down. */
describe('the README’s event contract', () => {
  it('lists every event type of every stream with its version and fields as the codecs read them (npm run events:contract rewrites it)', () => {
    const readme = readFileSync(README, 'utf8');
    expect(readme).toBe(readmeWithContract(readme));
  });

  it('names each event type once, whatever stream it is in', () => {
    const types = STREAMS.flatMap((s) => s.codec.types);
    expect(new Set(types).size).toBe(types.length);
    for (const type of types) expect(eventContractMarkdown()).toContain(`\`${type}\` v`);
  });
});
