import { CREATE_DOSSIER, ownerWithGite, type OwnerWithGite } from './booking-fixtures';
import type { TestApp } from './test-app';

/** An email of a file as `Dossier.emails` answers it. */
export interface SentEmail {
  id: string;
  kind: string;
  recipient: string;
  copy: boolean;
  to: string | null;
  subject: string;
  status: string;
  attempts: number;
  queuedAt: string;
  at: string;
  error: string | null;
}

export const EMAIL_FIELDS = 'emails { id kind recipient copy to subject status attempts queuedAt at error }';

/** The file's emails, newest first; none while the file does not show yet. */
export async function emailsOf(t: TestApp, token: string, dossierId: string): Promise<SentEmail[]> {
  const answer = await t.gql<{ dossier: { emails: SentEmail[] } | null }>(`query($id: ID!) { dossier(id: $id) { ${EMAIL_FIELDS} } }`, { id: dossierId }, token);
  return answer.data?.dossier?.emails ?? [];
}

export interface BookedFile {
  readonly gite: OwnerWithGite;
  readonly id: string;
  readonly guestEmail: string | null;
}

/** A fresh owner's first file, made in the back office: Marie Dupont, two adults, 3 to 10 July 2027, 1 234,56 € agreed. */
export async function bookedFile(t: TestApp, guestEmail: string | null = 'marie.dupont@example.org'): Promise<BookedFile> {
  const gite = await ownerWithGite(t);
  const created = await t.gql<{ createDossier: { id: string } }>(
    CREATE_DOSSIER,
    {
      input: {
        accommodationId: gite.accommodationId,
        arrival: '2027-07-03',
        departure: '2027-07-10',
        occupants: [{ ageRangeId: gite.adults, count: 2 }],
        price: 123_456,
        guest: { firstName: 'Marie', lastName: 'Dupont', email: guestEmail },
      },
    },
    gite.owner.token,
  );
  if (!created.data) throw new Error(`creating the file failed: ${JSON.stringify(created.errors)}`);
  return { gite, id: created.data.createDossier.id, guestEmail };
}
