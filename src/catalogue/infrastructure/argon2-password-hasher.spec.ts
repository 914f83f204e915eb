import { loadConfig } from '../../shared/config/config';
import { Argon2PasswordHasher } from './argon2-password-hasher';

// The parameters argon2 writes into the hash ("$argon2id$v=19$m=65536,p=4,t=3$…"): memory in KiB, passes, lanes.
function costOf(hash: string): number[] {
  const [, type, , params] = hash.split('$');
  const values = Object.fromEntries(params.split(',').map((pair) => pair.split('=')));
  return type === 'argon2id' ? [values.m, values.t, values.p].map(Number) : [];
}

describe('Argon2PasswordHasher', () => {
  it('hashes with argon2id at OWASP’s memory-hard cost unless told otherwise', async () => {
    const hash = await new Argon2PasswordHasher().hash('une phrase de passe solide');
    expect(costOf(hash)).toEqual([65536, 3, 4]);
  });

  it('hashes at the least cost argon2 accepts when the tests ask for it, and each hash is checked at its own cost', async () => {
    const standard = await new Argon2PasswordHasher('STANDARD').hash('phrase A');
    const minimal = await new Argon2PasswordHasher('MINIMAL').hash('phrase B');
    expect(costOf(minimal)).toEqual([1024, 1, 1]);
    const checker = new Argon2PasswordHasher('MINIMAL');
    expect(await checker.verify(standard, 'phrase A')).toBe(true);
    expect(await checker.verify(minimal, 'phrase B')).toBe(true);
    expect(await checker.verify(minimal, 'phrase A')).toBe(false);
    expect(await checker.verify('not a hash', 'phrase A')).toBe(false);
  });

  it('cannot be made cheap from the environment', () => {
    const config = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), PASSWORD_HASH_COST: 'MINIMAL', passwordHashCost: 'MINIMAL' });
    expect(config.passwordHashCost).toBeUndefined();
  });
});
